package org.claimgraph.ingest.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.claimgraph.ingest.document.Spans;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedMention;

/**
 * Answers "which actor is named at or near this position" over the actors and mentions of one
 * document. Immutable once built.
 */
public final class ActorLocator {

    /** How many mentions before a position are looked at for one that overlaps it. */
    private static final int NESTING = 16;

    private final Map<String, ExtractedActor> actors = new HashMap<>();
    private final List<ExtractedMention> actorMentions;
    private final List<ExtractedMention> placeMentions;

    public ActorLocator(List<ExtractedActor> actors, List<ExtractedMention> mentions) {
        actors.forEach(a -> this.actors.put(a.key(), a));
        List<ExtractedMention> byActor = new ArrayList<>();
        List<ExtractedMention> byPlace = new ArrayList<>();
        for (ExtractedMention m : mentions) {
            (m.actorKey() != null ? byActor : byPlace).add(m);
        }
        byActor.sort((a, b) -> a.span().compareTo(b.span()));
        byPlace.sort((a, b) -> a.span().compareTo(b.span()));
        this.actorMentions = List.copyOf(byActor);
        this.placeMentions = List.copyOf(byPlace);
    }

    public ExtractedActor actor(String key) {
        return key == null ? null : actors.get(key);
    }

    /** The longest actor mention that overlaps {@code span}, or null. */
    public ExtractedMention actorAt(CharSpan span) {
        ExtractedMention best = null;
        int from = startingBefore(actorMentions, span.end()) - 1;
        for (int i = from; i >= 0 && from - i < NESTING; i--) {
            ExtractedMention m = actorMentions.get(i);
            if (m.span().overlaps(span)
                    && (best == null || m.span().length() > best.span().length())) {
                best = m;
            }
        }
        return best;
    }

    /** Actor mentions that lie inside {@code span}, in body order. */
    public List<ExtractedMention> actorsIn(CharSpan span) {
        return inside(actorMentions, span);
    }

    /** Place mentions that lie inside {@code span}, in body order. */
    public List<ExtractedMention> placesIn(CharSpan span) {
        return inside(placeMentions, span);
    }

    private static List<ExtractedMention> inside(List<ExtractedMention> sorted, CharSpan span) {
        List<ExtractedMention> result = new ArrayList<>();
        for (int i = startingBefore(sorted, span.start()); i < sorted.size(); i++) {
            ExtractedMention m = sorted.get(i);
            if (m.span().start() >= span.end()) {
                break;
            }
            if (span.contains(m.span())) {
                result.add(m);
            }
        }
        return result;
    }

    /** The number of mentions of {@code sorted} that start before {@code offset}. */
    private static int startingBefore(List<ExtractedMention> sorted, int offset) {
        return Spans.startingBefore(sorted, ExtractedMention::span, offset);
    }

    /** The last actor mention ending at or before {@code offset} whose actor passes {@code test}. */
    public ExtractedActor lastBefore(int offset, Predicate<ExtractedActor> test) {
        for (int i = startingBefore(actorMentions, offset) - 1; i >= 0; i--) {
            ExtractedMention m = actorMentions.get(i);
            ExtractedActor actor = actors.get(m.actorKey());
            if (m.span().end() <= offset && actor != null && test.test(actor)) {
                return actor;
            }
        }
        return null;
    }

    /** The first actor mention starting at or after {@code offset} and before {@code limit} that passes. */
    public ExtractedActor firstAfter(int offset, int limit, Predicate<ExtractedActor> test) {
        for (int i = startingBefore(actorMentions, offset); i < actorMentions.size(); i++) {
            ExtractedMention m = actorMentions.get(i);
            if (m.span().start() >= limit) {
                break;
            }
            ExtractedActor actor = actors.get(m.actorKey());
            if (m.span().start() >= offset && m.span().start() < limit && actor != null && test.test(actor)) {
                return actor;
            }
        }
        return null;
    }

    /** The last place mention ending before {@code offset} whose key passes {@code test}, or null. */
    public ExtractedMention lastPlaceBefore(int offset, Predicate<String> test) {
        for (int i = startingBefore(placeMentions, offset) - 1; i >= 0; i--) {
            ExtractedMention m = placeMentions.get(i);
            if (m.span().end() <= offset && test.test(m.placeKey())) {
                return m;
            }
        }
        return null;
    }
}
