package org.claimgraph.ingest.attribute;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * The details of a claim read from its words and its attribution: the audience ("told VOA", "told
 * reporters"), the time ("on Thursday", "last week", "this month"), the actors and the places it is
 * about ("the district" is the district named last before it). Immutable.
 */
final class ClaimDetails {

    private static final Set<String> RELATIVE = Set.of("last", "this", "next", "late", "early");
    private static final Set<String> ANAPHORS = Set.of("district", "province", "city", "country");

    private final Set<String> calendar = Lexicon.set("calendar-words.txt");
    private final Set<String> timeWords = Lexicon.set("time-words.txt");

    /** The actor right after a form of "tell" in the attribution, or null. */
    String audience(Discourse d, CharSpan attribution) {
        if (attribution == null || attribution.isEmpty()) {
            return null;
        }
        int end = d.tokenAt(attribution.end());
        for (int i = d.tokenAt(attribution.start()); i + 1 < end && i + 1 < d.tokens.size(); i++) {
            if (d.lower(i).startsWith("told")) {
                int named = d.is(i + 1, "the") && i + 2 < d.tokens.size() ? i + 2 : i + 1;
                ExtractedMention m = d.actors.actorAt(d.tokens.get(named).span());
                return m == null ? null : m.actorKey();
            }
        }
        return null;
    }

    /** When the claim was made, as written in the attribution: "Thursday", "last week". */
    String when(Discourse d, CharSpan attribution) {
        if (attribution == null || attribution.isEmpty()) {
            return null;
        }
        int end = Math.min(d.tokens.size(), d.tokenAt(attribution.end()) + 1);
        for (int i = d.tokenAt(attribution.start()); i < end; i++) {
            String word = TokenCover.word(d.tokens.get(i));
            if (calendar.contains(word)) {
                return d.is(i - 1, Set.of("late", "early"))
                        ? d.tokens.get(i - 1).text() + " " + word
                        : word;
            }
            if (timeWords.contains(word.toLowerCase(Locale.ROOT))) {
                boolean relative = i > 0 && RELATIVE.contains(d.lower(i - 1));
                if (relative) {
                    return d.tokens.get(i - 1).text() + " " + word;
                }
                if (Set.of("yesterday", "today", "overnight").contains(word.toLowerCase(Locale.ROOT))) {
                    return word;
                }
            }
        }
        return null;
    }

    /** Actors named inside the claim, and the speaker's subject when it is named there too. */
    List<String> about(Discourse d, CharSpan span, String speakerKey) {
        Set<String> keys = new LinkedHashSet<>();
        for (ExtractedMention m : d.actors.actorsIn(span)) {
            ExtractedActor actor = d.actors.actor(m.actorKey());
            if (actor != null) {
                keys.add(actor.key());
            }
        }
        return new ArrayList<>(keys);
    }

    /** Places named inside the claim, and "the district" / "the province" as the last one named before. */
    List<String> places(Discourse d, CharSpan span) {
        Set<String> keys = new LinkedHashSet<>();
        d.actors.placesIn(span).forEach(m -> keys.add(m.placeKey()));
        String lower = d.text(span).toLowerCase(Locale.ROOT);
        Map<String, ExtractedPlace> places = d.document.get(Layers.PLACES);
        for (String kind : ANAPHORS) {
            if (lower.contains("the " + kind)) {
                LocationKind wanted = LocationKind.valueOf(kind.toUpperCase(Locale.ROOT));
                ExtractedMention before = d.actors.lastPlaceBefore(
                        span.start(),
                        key -> places.containsKey(key) && places.get(key).kind() == wanted);
                if (before != null) {
                    keys.add(before.placeKey());
                }
            }
        }
        return new ArrayList<>(keys);
    }
}
