package org.claimgraph.ingest.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.ingest.document.CharSpan;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Spans;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.lexicon.Lexicon;
import org.claimgraph.ingest.segment.Token;

/**
 * Reads the proposition of each claim as subject, predicate and object: the first predicate word of
 * the claim (from a lexicon: "fighting" is FIGHTS, "supplying" is SUPPORTS), the actor named nearest
 * before it, and the actor (or, for CONTROLS, the place) named after it. "not", "never" or "n't"
 * before the predicate, or "and not X", negate it; "X and Y are opposed to each other" makes both
 * sides of a symmetric relation.
 * <p>Needs: {@link Layers#TOKENS}, {@link Layers#MENTIONS}, {@link Layers#CLAIMS}.
 * Adds: {@link Layers#CLAIM_RELATIONS}.
 */
public final class RelationFinder implements Stage {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor");
    private static final int NEGATION_REACH = 3;

    private final Map<String, RelationKind> predicates = new HashMap<>();

    public RelationFinder() {
        for (String line : Lexicon.lines("relation-verbs.tsv")) {
            String[] columns = line.split("\t");
            predicates.put(columns[0], RelationKind.valueOf(columns[1]));
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.MENTIONS, Layers.CLAIMS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.CLAIM_RELATIONS);
    }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.get(Layers.TOKENS);
        List<ExtractedMention> mentions = document.get(Layers.MENTIONS);
        List<ExtractedClaim> claims = document.get(Layers.CLAIMS);
        Map<Integer, ExtractedRelation> relations = new HashMap<>();
        for (int c = 0; c < claims.size(); c++) {
            ExtractedRelation relation = relationOf(claims.get(c).span(), tokens, mentions);
            if (relation != null) {
                relations.put(c, relation);
            }
        }
        document.put(Layers.CLAIM_RELATIONS, Map.copyOf(relations));
    }

    private ExtractedRelation relationOf(CharSpan claim, List<Token> tokens, List<ExtractedMention> mentions) {
        List<Token> words = Spans.within(tokens, Token::span, claim);
        List<ExtractedMention> inside = Spans.within(mentions, ExtractedMention::span, claim);
        for (int p = 0; p < words.size(); p++) {
            RelationKind kind = predicates.get(words.get(p).text().toLowerCase(Locale.ROOT));
            if (kind == null) {
                continue;
            }
            int predicateStart = words.get(p).span().start();
            ExtractedMention subject = lastActorBefore(inside, predicateStart);
            ExtractedMention object = firstAfter(inside, words.get(p).span().end(), kind == RelationKind.CONTROLS);
            if (subject == null || object == null) {
                if (subject != null && isEachOther(words, p)) {
                    ExtractedMention first = pairedSubject(inside, subject, predicateStart);
                    if (first != null) {
                        return new ExtractedRelation(first.actorKey(), kind, subject.actorKey(),
                                negatedBefore(words, p));
                    }
                }
                continue;
            }
            boolean negated = negatedBefore(words, p) || isNegatedMention(words, subject);
            return new ExtractedRelation(subject.actorKey(), kind, keyOf(object), negated);
        }
        return null;
    }

    private static String keyOf(ExtractedMention mention) {
        return mention.actorKey() != null ? mention.actorKey() : mention.placeKey();
    }

    private static ExtractedMention lastActorBefore(List<ExtractedMention> mentions, int position) {
        ExtractedMention last = null;
        for (ExtractedMention m : mentions) {
            if (m.actorKey() != null && m.span().end() <= position) {
                last = m;
            }
        }
        return last;
    }

    private static ExtractedMention firstAfter(List<ExtractedMention> mentions, int position, boolean placesToo) {
        for (ExtractedMention m : mentions) {
            if (m.span().start() >= position && (m.actorKey() != null || (placesToo && m.placeKey() != null))) {
                return m;
            }
        }
        return null;
    }

    /** "X and Y are opposed to each other": the other actor before the predicate. */
    private static ExtractedMention pairedSubject(List<ExtractedMention> mentions, ExtractedMention second,
            int predicateStart) {
        List<ExtractedMention> before = new ArrayList<>();
        for (ExtractedMention m : mentions) {
            if (m.actorKey() != null && m.span().end() <= predicateStart && !m.actorKey().equals(second.actorKey())) {
                before.add(m);
            }
        }
        return before.isEmpty() ? null : before.get(before.size() - 1);
    }

    private static boolean isEachOther(List<Token> words, int predicate) {
        for (int k = predicate + 1; k + 1 < words.size() && k <= predicate + 3; k++) {
            if (words.get(k).text().equalsIgnoreCase("each") && words.get(k + 1).text().equalsIgnoreCase("other")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedBefore(List<Token> words, int predicate) {
        for (int k = Math.max(0, predicate - NEGATION_REACH); k < predicate; k++) {
            if (NEGATIONS.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** "A — and not B — are fighting C": B is the subject of a negated proposition. */
    private static boolean isNegatedMention(List<Token> words, ExtractedMention mention) {
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).span().start() >= mention.span().start()) {
                return k > 0 && NEGATIONS.contains(words.get(k - 1).text().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }
}
