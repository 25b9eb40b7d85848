package org.claimgraph.ingest.resolve;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.Keys;
import org.claimgraph.ingest.lexicon.Lexicon;
import org.claimgraph.ingest.lexicon.TitleLexicon;

/**
 * Statements made jointly: "officials and residents said", "the Red Cross and the Water Agency said
 * in a joint statement", "Two of them, Ana Sol and Ivo Brand, said". The coordinated subject of a verb
 * of saying is one GROUP actor named by the phrase; a conjunct that is a capitalised name and no actor
 * yet is a PERSON. "Both men" or "the two" before a later verb of saying is that group again.
 */
final class JointSpeakers {

    private static final Set<String> BETWEEN = Set.of("also", "have", "has", "had", "later", "jointly", "both");
    private static final Set<String> PAIR_ANAPHORS = Set.of("both", "two");
    private static final int MAX_CONJUNCT = 4;
    /** Verbs of plain saying: a joint statement. Parallel denials ("X and Y reject ...") stay each party's. */
    private static final Set<String> JOINT_VERBS =
            Set.of("say", "says", "said", "tell", "told", "added", "stated", "announced", "wrote");

    private final Set<String> speechVerbs = Lexicon.set("speech-verbs.txt");
    private final Set<String> groupNouns = Lexicon.set("group-nouns.txt");
    private final TitleLexicon titles = TitleLexicon.get();

    void resolve(Resolution r) {
        String latest = null;
        for (int verb = 1; verb < r.tokens.size(); verb++) {
            String lower = r.tokens.get(verb).text().toLowerCase(Locale.ROOT);
            if (!speechVerbs.contains(lower) || lower.endsWith("ing")) {
                continue;
            }
            int last = verb - 1;
            while (last > 0 && BETWEEN.contains(r.tokens.get(last).text().toLowerCase(Locale.ROOT))) {
                last--;
            }
            if (latest != null && isPairAnaphor(r, last)) {
                r.mention(
                        new CharSpan(
                                r.tokens.get(last - 1).span().start(),
                                r.tokens.get(last).span().end()),
                        latest);
                continue;
            }
            if (!JOINT_VERBS.contains(lower)) {
                continue;
            }
            if (r.tokens.get(last).text().equals(",") && last > 0) {
                last--; // "Two of them, Ana Sol and Ivo Brand, said"
            }
            String joint = joint(r, last);
            latest = joint != null ? joint : latest;
        }
    }

    /** "both men", "the two": a pair named before. */
    private static boolean isPairAnaphor(Resolution r, int last) {
        String noun = r.tokens.get(last).text().toLowerCase(Locale.ROOT);
        String before = last > 0 ? r.tokens.get(last - 1).text().toLowerCase(Locale.ROOT) : "";
        return PAIR_ANAPHORS.contains(before) && (noun.equals("men") || noun.equals("women"))
                || before.equals("the") && noun.equals("two");
    }

    /** The GROUP of the coordinated phrase ending at token {@code last}, made an actor; or null. */
    private String joint(Resolution r, int last) {
        int secondFirst = conjunctStart(r, last);
        if (secondFirst < 2 || !r.tokens.get(secondFirst - 1).text().equals("and")) {
            return null;
        }
        int firstLast = secondFirst - 2;
        int firstFirst = conjunctStart(r, firstLast);
        if (firstFirst < 0 || !isSubjectStart(r, firstFirst)) {
            return null;
        }
        CharSpan span = new CharSpan(
                r.tokens.get(firstFirst).span().start(),
                r.tokens.get(last).span().end());
        String name = r.text.substring(span.start(), span.end());
        ActorDraft group = r.actor(Keys.group(name), ActorKind.GROUP, name);
        member(r, firstFirst, firstLast);
        member(r, secondFirst, last);
        r.mention(span, group.key);
        return group.key;
    }

    /** The first token of a conjunct ending at {@code last}: an actor, a group noun or a role with its article. */
    private int conjunctStart(Resolution r, int last) {
        if (last < 0) {
            return -1;
        }
        Token end = r.tokens.get(last);
        String word = end.text().toLowerCase(Locale.ROOT);
        boolean names = r.actorCovering(last) != null
                || r.organisationAt[last] >= 0
                || groupNouns.contains(word)
                || titles.isRole(word)
                || isName(end);
        if (!names || r.placeAt[last] >= 0 && r.actorCovering(last) == null) {
            return -1;
        }
        int first = last;
        while (first > 0
                && last - first < MAX_CONJUNCT
                && sameSentence(r, first - 1, last)
                && isPhraseWord(r.tokens.get(first - 1))) {
            first--;
        }
        return first;
    }

    private static boolean isPhraseWord(Token token) {
        String text = token.text();
        String tag = token.tag();
        return !text.equals("and")
                && !text.equals(",")
                && (tag.equals("PROPN")
                        || tag.equals("NOUN")
                        || tag.equals("ADJ")
                        || tag.equals("DET") && !text.equalsIgnoreCase("both")
                        || text.equals("."))
                && !text.equals("\u201d")
                && !text.equals("\u201c");
    }

    private static boolean isName(Token token) {
        return token.isCapitalised() && "PROPN".equals(token.tag());
    }

    /** The phrase opens the sentence or follows a comma: it is the subject, not an object of something before. */
    private static boolean isSubjectStart(Resolution r, int first) {
        if (first == 0 || !sameSentence(r, first - 1, first)) {
            return true;
        }
        String before = r.tokens.get(first - 1).text();
        return before.equals(",") || before.equals("\u2014");
    }

    /** A conjunct that names no actor yet and is a capitalised name is a person. */
    private static void member(Resolution r, int first, int last) {
        if (r.actorCovering(last) != null || r.organisationAt[last] >= 0) {
            return;
        }
        for (int k = first; k <= last; k++) {
            if (!isName(r.tokens.get(k)) || r.placeAt[k] >= 0) {
                return;
            }
        }
        if (last == first) {
            return;
        }
        CharSpan span = new CharSpan(
                r.tokens.get(first).span().start(), r.tokens.get(last).span().end());
        String name = r.text.substring(span.start(), span.end());
        ActorDraft person = r.actor(Keys.person(name), ActorKind.PERSON, name);
        r.mention(span, person.key);
    }

    private static boolean sameSentence(Resolution r, int a, int b) {
        return r.tokens.get(a).sentence() == r.tokens.get(b).sentence();
    }
}
