package org.claimgraph.ingest.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.lexicon.Keys;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * Reads one claim's proposition: the first predicate word (from a lexicon: "fighting" is FIGHTS,
 * "supplying" is SUPPORTS) that names both its roles, else the first that names one (the other left
 * open, null). The subject is the actor named nearest before the predicate, the object the actor (or,
 * for CONTROLS, the place) named after it in the same clause; a patient-first verb ("fell") or a
 * passive ("was seized by") swaps the two. An object named only by a country's demonym ("on a
 * Freedonian post") is that country, or its armed forces for ATTACKS and FIGHTS; "seized the base"
 * with no place named is about the one place of the claim. "not", "never" or "n't" before the
 * predicate, or "and not X", negate it; "X and Y are opposed to each other" makes both sides of a
 * symmetric relation.
 */
final class RelationReader {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "neither", "nor");
    private static final int NEGATION_REACH = 3;
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> AGENT_MARKERS = Set.of("by", "to");
    /** Words that, after a comma, open another clause. */
    private static final Set<String> CLAUSE_OPENERS =
            Set.of("and", "but", "while", "whereas", "although", "though", "which", "who");

    private static final Set<String> CONTRASTS = Set.of("while", "whereas");
    private static final Set<RelationKind> MILITARY = Set.of(RelationKind.ATTACKS, RelationKind.FIGHTS);

    private final Map<String, RelationKind> predicates = new HashMap<>();
    private final Set<String> patientFirst = new HashSet<>();

    RelationReader() {
        for (String line : Lexicon.lines("relation-verbs.tsv")) {
            String[] columns = line.split("\t");
            predicates.put(columns[0], RelationKind.valueOf(columns[1]));
            if (columns.length > 2 && columns[2].equals("patient-first")) {
                patientFirst.add(columns[0]);
            }
        }
    }

    /** The claim's relation, complete or with one role null; null when no predicate names a role. */
    ExtractedRelation read(
            ExtractedClaim claim,
            List<Token> words,
            List<ExtractedMention> inside,
            Map<String, ExtractedActor> actors) {
        ExtractedRelation partial = null;
        int[] clauseEnds = clauseEnds(words);
        for (int p = 0; p < words.size(); p++) {
            String word = words.get(p).text().toLowerCase(Locale.ROOT);
            RelationKind kind = predicates.get(word);
            if (kind == null) {
                continue;
            }
            int predicateStart = words.get(p).span().start();
            int clauseEnd = clauseEnds[p];
            boolean eachOther = isEachOther(words, p);
            boolean swapped = patientFirst.contains(word) || !eachOther && isPassive(words, p);
            boolean placesToo = kind == RelationKind.CONTROLS;
            ExtractedMention subject;
            ExtractedMention object;
            if (swapped) {
                object = lastBefore(inside, predicateStart, placesToo);
                subject = agentAfter(words, p, inside, clauseEnd);
            } else {
                subject = lastBefore(inside, predicateStart, false);
                object = firstAfter(inside, words.get(p).span().end(), clauseEnd, placesToo);
            }
            String objectKey = object != null
                    ? keyOf(object)
                    : swapped ? null : unnamedObject(kind, words.get(p), inside, clauseEnd, claim, actors);
            if (subject != null && objectKey == null && eachOther) {
                ExtractedMention first = pairedSubject(inside, subject, predicateStart);
                if (first != null) {
                    return new ExtractedRelation(first.actorKey(), kind, subject.actorKey(), negatedBefore(words, p));
                }
            }
            boolean negated = negatedBefore(words, p) || subject != null && isNegatedMention(words, subject);
            String subjectKey = subject == null ? null : subject.actorKey();
            if (subjectKey != null && objectKey != null) {
                return new ExtractedRelation(subjectKey, kind, objectKey, negated);
            }
            if (partial == null && (subjectKey != null || objectKey != null)) {
                partial = new ExtractedRelation(subjectKey, kind, objectKey, negated);
            }
        }
        return partial;
    }

    private static String keyOf(ExtractedMention mention) {
        return mention.actorKey() != null ? mention.actorKey() : mention.placeKey();
    }

    /**
     * For each word, the offset where the clause it stands in ends: at the next semicolon, "while", or
     * comma before "and", "but", "which"...; {@link Integer#MAX_VALUE} when the claim ends first.
     */
    private static int[] clauseEnds(List<Token> words) {
        int[] ends = new int[words.size()];
        int end = Integer.MAX_VALUE;
        for (int k = words.size() - 1; k >= 0; k--) {
            ends[k] = end;
            String text = words.get(k).text().toLowerCase(Locale.ROOT);
            boolean commaOpener = text.equals(",")
                    && k + 1 < words.size()
                    && CLAUSE_OPENERS.contains(words.get(k + 1).text().toLowerCase(Locale.ROOT));
            if (text.equals(";") || commaOpener || CONTRASTS.contains(text)) {
                end = words.get(k).span().start();
            }
        }
        return ends;
    }

    /** "was seized", "had been overrun": a form of "be" (an adverb may stand between) before a participle. */
    private static boolean isPassive(List<Token> words, int predicate) {
        if (words.get(predicate).text().toLowerCase(Locale.ROOT).endsWith("ing")) {
            return false;
        }
        for (int k = predicate - 1; k >= 0 && k >= predicate - 2; k--) {
            String text = words.get(k).text().toLowerCase(Locale.ROOT);
            if (BE_FORMS.contains(text)) {
                return true;
            }
            if (!words.get(k).tag().equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    /** The actor after "by" or "to" right after a patient-first predicate ("fell to X", "seized by X"). */
    private static ExtractedMention agentAfter(
            List<Token> words, int predicate, List<ExtractedMention> mentions, int clauseEnd) {
        if (predicate + 1 >= words.size()
                || !AGENT_MARKERS.contains(words.get(predicate + 1).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return firstAfter(mentions, words.get(predicate + 1).span().end(), clauseEnd, false);
    }

    /**
     * An object the claim does not name as an actor: a country by its demonym ("on a Freedonian post",
     * the country's armed forces when attacked or fought), or, for a verb of taking and holding with
     * no place after it, the one place (not a country) the claim is about.
     */
    private static String unnamedObject(
            RelationKind kind,
            Token predicate,
            List<ExtractedMention> mentions,
            int clauseEnd,
            ExtractedClaim claim,
            Map<String, ExtractedActor> actors) {
        for (ExtractedMention m : mentions) {
            ExtractedActor country = m.placeKey() == null ? null : actors.get(m.placeKey());
            if (m.span().start() >= predicate.span().end()
                    && m.span().end() <= clauseEnd
                    && country != null
                    && country.kind() == ActorKind.COUNTRY) {
                String forces = Keys.armedForces(country.key());
                return MILITARY.contains(kind) && actors.containsKey(forces) ? forces : country.key();
            }
        }
        if (kind != RelationKind.CONTROLS || !predicate.tag().equals("VERB")) {
            return null;
        }
        List<String> places = new ArrayList<>();
        for (String place : claim.placeKeys()) {
            ExtractedActor actor = actors.get(place);
            if (actor == null || actor.kind() != ActorKind.COUNTRY) {
                places.add(place);
            }
        }
        return places.size() == 1 ? places.get(0) : null;
    }

    private static ExtractedMention lastBefore(List<ExtractedMention> mentions, int position, boolean placesToo) {
        ExtractedMention last = null;
        for (ExtractedMention m : mentions) {
            if ((m.actorKey() != null || placesToo && m.placeKey() != null)
                    && m.span().end() <= position) {
                last = m;
            }
        }
        return last;
    }

    private static ExtractedMention firstAfter(
            List<ExtractedMention> mentions, int position, int clauseEnd, boolean placesToo) {
        for (ExtractedMention m : mentions) {
            if (m.span().start() >= position
                    && m.span().end() <= clauseEnd
                    && (m.actorKey() != null || (placesToo && m.placeKey() != null))) {
                return m;
            }
        }
        return null;
    }

    /** "X and Y are opposed to each other": the other actor before the predicate. */
    private static ExtractedMention pairedSubject(
            List<ExtractedMention> mentions, ExtractedMention second, int predicateStart) {
        List<ExtractedMention> before = new ArrayList<>();
        for (ExtractedMention m : mentions) {
            if (m.actorKey() != null
                    && m.span().end() <= predicateStart
                    && !m.actorKey().equals(second.actorKey())) {
                before.add(m);
            }
        }
        return before.isEmpty() ? null : before.get(before.size() - 1);
    }

    private static boolean isEachOther(List<Token> words, int predicate) {
        for (int k = predicate + 1; k + 1 < words.size() && k <= predicate + 3; k++) {
            if (words.get(k).text().equalsIgnoreCase("each")
                    && words.get(k + 1).text().equalsIgnoreCase("other")) {
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
