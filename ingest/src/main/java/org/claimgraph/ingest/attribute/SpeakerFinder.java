package org.claimgraph.ingest.attribute;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.lexicon.TitleLexicon;

/**
 * Finds who speaks next to a verb of saying: an actor named right before the verb (past an
 * apposition: "X, a tribal elder in Y, said") or right after it ("said X", "said the spokeswoman,
 * X"), a pronoun left for later resolution, or a title alone ("the spokesman said"), which is the
 * last person with that title, else the next one named. Immutable.
 */
final class SpeakerFinder {

    private static final int MAX_TITLE_WORDS = 5;

    /** A speaker: an actor key, or a pronoun to resolve; tokens first..last are its words. */
    record Speaker(String key, String pronoun, int first, int last) {}

    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
    /** "the group said": a noun that points back to the organisation just named, as "it" would. */
    static final String GROUP_ANAPHOR = "the group";

    private static final Set<String> GROUP_ANAPHOR_NOUNS = Set.of(
            "group",
            "movement",
            "organisation",
            "organization",
            "outfit",
            "faction",
            "agency",
            "body",
            "commission",
            "network");
    private static final Set<String> BETWEEN = Set.of(
            "also",
            "has",
            "have",
            "had",
            "recently",
            "later",
            "again",
            "previously",
            "earlier",
            "repeatedly",
            "publicly",
            "officially",
            "then",
            "would",
            "will",
            "strongly",
            "flatly",
            "firmly",
            "long",
            "consistently");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "of", "at", "from");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their");
    private static final int MAX_PHRASE = 12;
    private static final int MAX_RELATIVE_CLAUSE = 30;
    private static final int MAX_APPOSITION = 7;
    private static final int TITLE_LOOKAHEAD = 2000;

    private final TitleLexicon titles = TitleLexicon.get();

    /** The speaker of the verb at {@code verb}, named before it within the sentence from {@code first}. */
    Speaker before(Discourse d, int verb, int first) {
        int j = verb - 1;
        while (j >= first && d.is(j, BETWEEN)) {
            j--;
        }
        if (j < first) {
            return null;
        }
        if (d.is(j, ",")) {
            Speaker unnamed = beforeRelativeClause(d, j, first);
            if (unnamed != null) {
                return unnamed;
            }
            Speaker named = actorEndingAt(d, j - 1, first);
            if (named != null) {
                return named;
            }
            int comma = j - 1;
            while (comma >= first && j - comma < MAX_RELATIVE_CLAUSE && !d.is(comma, ",")) {
                comma--;
            }
            // an apposition is short; a relative clause ("who spoke on condition of anonymity because ...") may not be
            if (comma <= first || !d.is(comma, ",") || j - comma > MAX_PHRASE && !d.is(comma + 1, "who")) {
                return null;
            }
            // "X, a tribal elder, said", else "a spokesman for the group, who asked not to be named, said"
            Speaker apposed = actorEndingAt(d, comma - 1, first);
            return apposed != null ? apposed : titled(d, comma - 1, first);
        }
        Speaker named = actorEndingAt(d, j, first);
        if (named != null && isPerson(d, named)) {
            return named;
        }
        Speaker titled = titled(d, j, first);
        if (titled != null && (named == null || titled.first() < named.first())) {
            return titled;
        }
        if (named == null && j - 2 >= first && d.is(j - 1, PLACE_PREPOSITIONS)
                || named == null && j - 3 >= first && d.is(j - 2, PLACE_PREPOSITIONS) && d.is(j - 1, "the")) {
            return actorEndingAt(d, d.is(j - 1, "the") ? j - 3 : j - 2, first);
        }
        if (named == null) {
            // "officials in both countries said": the group before a short phrase of lower-case words
            for (int p = j - 1; p - 1 >= first && j - p <= 3 && isLowerCaseWord(d, p + 1) && !d.is(p, ","); p--) {
                if (d.is(p, PLACE_PREPOSITIONS) || d.is(p, "on")) {
                    return actorEndingAt(d, p - 1, first);
                }
            }
        }
        return named;
    }

    /**
     * "A senior official in Riverton, the provincial capital, who asked not to be named because ...,
     * said": the speaker is the actor before the relative clause (and a short apposition), not a noun
     * at the end of the clause.
     */
    private Speaker beforeRelativeClause(Discourse d, int comma, int first) {
        int who = comma - 1;
        while (who > first && comma - who < MAX_RELATIVE_CLAUSE && !d.is(who, ",")) {
            who--;
        }
        if (!d.is(who, ",") || !d.is(who + 1, "who")) {
            return null;
        }
        Speaker named = actorEndingAt(d, who - 1, first);
        if (named != null) {
            return named;
        }
        int apposition = who - 1;
        while (apposition > first && who - apposition <= MAX_APPOSITION && !d.is(apposition, ",")) {
            apposition--;
        }
        return d.is(apposition, ",") ? actorEndingAt(d, apposition - 1, first) : null;
    }

    private static boolean isLowerCaseWord(Discourse d, int token) {
        String text = d.tokens.get(token).text();
        return !text.isEmpty() && text.chars().allMatch(Character::isLowerCase);
    }

    private static boolean isPerson(Discourse d, Speaker speaker) {
        ExtractedActor actor = d.actors.actor(speaker.key());
        return actor != null && actor.kind() == ActorKind.PERSON;
    }

    /** The speaker named right after the verb at {@code verb}: "said X", "said the spokeswoman, X". */
    Speaker after(Discourse d, int verb, int end) {
        int j = verb + 1;
        if (j >= end) {
            return null;
        }
        if (SpeakerFinder.PRONOUNS.contains(d.lower(j))) {
            return new Speaker(null, d.lower(j), j, j);
        }
        ExtractedMention m = d.actors.actorAt(d.tokens.get(j).span());
        if (m != null && kindOf(d, m) != ActorKind.COUNTRY) {
            return new Speaker(m.actorKey(), null, j, d.tokenAt(m.span().end() - 1));
        }
        Speaker titled = personAfterTitle(d, j, end);
        if (titled != null) {
            return titled;
        }
        if (d.is(j, DETERMINERS)) {
            int k = j + 1;
            while (k < end && k - j < 6 && !d.is(k, ",")) {
                k++;
            }
            if (k + 1 < end && d.is(k, ",")) {
                ExtractedMention name = d.actors.actorAt(d.tokens.get(k + 1).span());
                if (name != null) {
                    return new Speaker(
                            name.actorKey(), null, j, d.tokenAt(name.span().end() - 1));
                }
            }
            return titled(d, Math.min(k, end) - 1, j);
        }
        return null;
    }

    /** "said Gen. X", "said U.S. Navy Capt. X": a person named after capitalised title words. */
    private static Speaker personAfterTitle(Discourse d, int j, int end) {
        for (int k = j; k < end && k - j < MAX_TITLE_WORDS; k++) {
            String word = d.tokens.get(k).text();
            if (word.equals(".")) {
                continue; // the tokenizer may split "Col." into "Col" and "."
            }
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return null;
            }
            ExtractedMention m = d.actors.actorAt(d.tokens.get(k).span());
            if (m != null) {
                return kindOf(d, m) == ActorKind.PERSON
                        ? new Speaker(m.actorKey(), null, j, d.tokenAt(m.span().end() - 1))
                        : null;
            }
        }
        return null;
    }

    private Speaker actorEndingAt(Discourse d, int j, int first) {
        if (j < first) {
            return null;
        }
        if (PRONOUNS.contains(d.lower(j)) && (j == first || !d.is(j - 1, DETERMINERS))) {
            return new Speaker(null, d.lower(j), j, j);
        }
        ExtractedMention m = d.actors.actorAt(TokenCover.wordSpan(d.tokens.get(j)));
        if (m == null) {
            // "the group said", "the world body says", "the U.N. agency said"
            boolean noun = GROUP_ANAPHOR_NOUNS.contains(d.lower(j));
            int the = j - 1 >= first && d.is(j - 1, "the")
                    ? j - 1
                    : j - 2 >= first
                                    && d.is(j - 2, "the")
                                    && d.actors.actorAt(d.tokens.get(j - 1).span()) == null
                            ? j - 2
                            : -1;
            return noun && the >= 0 ? new Speaker(null, GROUP_ANAPHOR, the, j) : null;
        }
        int start = Math.max(first, d.tokenAt(m.span().start()));
        ExtractedMention leftmost = coordinatedBefore(d, start, first);
        if (leftmost != null) {
            return new Speaker(
                    leftmost.actorKey(), null, d.tokenAt(leftmost.span().start()), j);
        }
        return new Speaker(m.actorKey(), null, start, j);
    }

    /** "Rome and the U.K.": the actor before "and [the]" when both are actors. */
    private static ExtractedMention coordinatedBefore(Discourse d, int start, int first) {
        int k = start - 1;
        if (d.is(k, "the")) {
            k--;
        }
        if (k - 1 < first || !d.is(k, "and")) {
            return null;
        }
        return d.actors.actorAt(TokenCover.wordSpan(d.tokens.get(k - 1)));
    }

    /** A noun phrase ending at {@code j} whose head is a title: the person with that title. */
    private Speaker titled(Discourse d, int j, int first) {
        int start = j;
        String role = null;
        while (start >= first && j - start < MAX_PHRASE && !isBoundary(d, start)) {
            String word = TokenCover.word(d.tokens.get(start));
            boolean isRole = titles.isRole(word);
            if (!isRole
                    && ("VERB".equals(d.tokens.get(start).tag())
                            || "AUX".equals(d.tokens.get(start).tag()))) {
                break;
            }
            if (isRole) {
                role = word.toLowerCase(Locale.ROOT);
            }
            start--;
        }
        start++;
        if (role == null) {
            return null;
        }
        String wanted = role;
        int offset = d.tokens.get(start).span().start();
        String owner = owner(d, start, j);
        ExtractedActor person = d.actors.lastBefore(offset, a -> hasTitle(a, wanted) && servesOwner(d, a, owner));
        if (person == null) {
            person = d.actors.firstAfter(
                    offset, offset + TITLE_LOOKAHEAD, a -> hasTitle(a, wanted) && servesOwner(d, a, owner));
        }
        if (person == null && owner != null) {
            // "a Freedonian police spokesman said": no such person is named, so the police speak
            return new Speaker(owner, null, start, j);
        }
        return person == null ? null : new Speaker(person.key(), null, start, j);
    }

    /** The organisation, group or country named in the title phrase of tokens start..j ("police" in it), or null. */
    private static String owner(Discourse d, int start, int j) {
        CharSpan phrase = new CharSpan(
                d.tokens.get(start).span().start(), d.tokens.get(j).span().end());
        String owner = null;
        for (ExtractedMention m : d.actors.actorsIn(phrase)) {
            ExtractedActor actor = d.actors.actor(m.actorKey());
            boolean body = actor != null && actor.kind() != ActorKind.PERSON;
            if (body && (owner == null || actor.kind() != ActorKind.COUNTRY)) {
                owner = actor.key();
            }
        }
        return owner;
    }

    /**
     * Whether a person may serve the owner named with the title: as its member, as a member of one of
     * its bodies, or with no known affiliation.
     */
    private static boolean servesOwner(Discourse d, ExtractedActor person, String owner) {
        if (owner == null || person.affiliationKey() == null || owner.equals(person.affiliationKey())) {
            return true;
        }
        ExtractedActor body = d.actors.actor(person.affiliationKey());
        return body != null && owner.equals(body.affiliationKey());
    }

    private static boolean isBoundary(Discourse d, int token) {
        String t = d.tokens.get(token).text();
        return t.equals(",")
                || t.equals("\u201d")
                || t.equals("\u201c")
                || t.equals("\"")
                || t.equals(";")
                || t.equals(":");
    }

    private static boolean hasTitle(ExtractedActor actor, String role) {
        return actor.kind() == ActorKind.PERSON
                && actor.title() != null
                && actor.title().toLowerCase(Locale.ROOT).contains(role);
    }

    private static ActorKind kindOf(Discourse d, ExtractedMention m) {
        ExtractedActor actor = d.actors.actor(m.actorKey());
        return actor == null ? null : actor.kind();
    }
}
