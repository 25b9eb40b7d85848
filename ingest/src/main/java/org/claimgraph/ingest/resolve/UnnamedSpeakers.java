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
 * A person known only by a role who speaks without being named: "A senior security official in the
 * capital, who asked not to be named, said ...", "A health worker at the clinic, who spoke on
 * condition of anonymity, said ...". The role phrase, without its article, names a PERSON actor
 * ("senior security official in the capital") whose title is the role ("senior security official"),
 * so that "the official said" later finds it; an organisation named in the phrase is its affiliation.
 * A spokesperson "for" an organisation, or a role given only with its organisation ("a Red Hand
 * commander"), is not such a person: the organisation speaks.
 */
final class UnnamedSpeakers {

    private static final Set<String> ARTICLES = Set.of("a", "an");
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("in", "at", "from", "of", "with");
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");
    private static final int MAX_MODIFIERS = 4;
    private static final int MAX_PLACE_PHRASE = 6;
    private static final int MAX_APPOSITION = 6;
    private static final int MAX_RELATIVE_CLAUSE = 35;

    private final TitleLexicon titles = TitleLexicon.get();
    private final Set<String> speechVerbs = Lexicon.set("speech-verbs.txt");

    void resolve(Resolution r) {
        for (int i = 0; i + 1 < r.tokens.size(); i++) {
            if (ARTICLES.contains(r.tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                int end = phraseEnd(r, i);
                if (end > i) {
                    add(r, i + 1, end);
                    i = end;
                }
            }
        }
    }

    /** The last token of the role phrase opened by the article at {@code article}, if it speaks unnamed; else -1. */
    private int phraseEnd(Resolution r, int article) {
        int head = -1;
        for (int k = article + 1;
                k < r.tokens.size() && k - article <= MAX_MODIFIERS + 1 && sameSentence(r, article, k);
                k++) {
            String word = r.word(k);
            if (titles.isRole(word) && !(k + 1 < r.tokens.size() && titles.isRole(r.word(k + 1)))) {
                head = k;
                break;
            }
            if (!isModifier(r.tokens.get(k))) {
                return -1;
            }
        }
        if (head < 0 || SPOKESPEOPLE.contains(r.word(head).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int end = head;
        // "in Quetta", "at the hospital in Motta"
        while (end + 2 < r.tokens.size() && ROLE_PREPOSITIONS.contains(r.word(end + 1))) {
            int k = end + 2;
            while (k < r.tokens.size()
                    && k - end <= MAX_PLACE_PHRASE
                    && sameSentence(r, head, k)
                    && !r.tokens.get(k).text().equals(",")
                    && !ROLE_PREPOSITIONS.contains(r.word(k))) {
                k++;
            }
            if (k - end > MAX_PLACE_PHRASE || k == end + 2) {
                break;
            }
            end = k - 1;
        }
        return speaksUnnamed(r, end) && !onlyOrganisation(r, article + 1, head, end) ? end : -1;
    }

    /** "a Red Hand commander": an organisation and a role, nothing more specific; the organisation speaks. */
    private static boolean onlyOrganisation(Resolution r, int first, int head, int end) {
        if (end > head || first == head) {
            return false;
        }
        for (int k = first; k < head; k++) {
            if (r.organisationAt[k] < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isModifier(Token token) {
        String text = token.text();
        return !text.isEmpty()
                && (Character.isLetter(text.charAt(0)) || text.contains("."))
                && !text.endsWith("\u2019s")
                && !text.endsWith("'s")
                && !"VERB".equals(token.tag())
                && !"AUX".equals(token.tag())
                && !"ADP".equals(token.tag())
                && !"DET".equals(token.tag());
    }

    /** ", [a short apposition,] who ... , said": the phrase ending at {@code end} is the subject of a verb of saying. */
    private boolean speaksUnnamed(Resolution r, int end) {
        int k = end + 1;
        if (k >= r.tokens.size() || !r.tokens.get(k).text().equals(",")) {
            return false;
        }
        k++;
        if (k < r.tokens.size() && !r.tokens.get(k).text().equalsIgnoreCase("who")) {
            int comma = k;
            while (comma < r.tokens.size()
                    && comma - k < MAX_APPOSITION
                    && !r.tokens.get(comma).text().equals(",")
                    && !"VERB".equals(r.tokens.get(comma).tag())) {
                comma++;
            }
            if (comma >= r.tokens.size() || !r.tokens.get(comma).text().equals(",")) {
                return false;
            }
            k = comma + 1; // "A senior official in Riverton, the provincial capital, who ..."
        }
        if (k >= r.tokens.size() || !r.tokens.get(k).text().equalsIgnoreCase("who")) {
            return false;
        }
        for (int c = k + 1; c + 1 < r.tokens.size() && c - k <= MAX_RELATIVE_CLAUSE && sameSentence(r, k, c); c++) {
            if (r.tokens.get(c).text().equals(",")) {
                return speechVerbs.contains(r.tokens.get(c + 1).text().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    private void add(Resolution r, int first, int last) {
        CharSpan span = new CharSpan(
                r.tokens.get(first).span().start(), r.tokens.get(last).span().end());
        String name = r.text.substring(span.start(), span.end());
        int head = first;
        while (head < last && !titles.isRole(r.word(head))) {
            head++;
        }
        while (head < last && titles.isRole(r.word(head + 1))) {
            head++;
        }
        String role = r.text.substring(span.start(), r.tokens.get(head).span().end());
        ActorDraft actor = r.actor(Keys.person(name), ActorKind.PERSON, name);
        actor.title = role;
        actor.alias(role);
        if (head > first) {
            actor.alias(r.text.substring(
                    r.tokens.get(head - 1).span().start(),
                    r.tokens.get(head).span().end()));
        }
        for (int k = first; k <= last && actor.affiliationKey == null; k++) {
            if (r.organisationAt[k] >= 0) {
                actor.affiliationKey = r.organisationMentions
                        .get(r.organisationAt[k])
                        .organisation()
                        .key();
            }
        }
        r.mention(span, actor.key);
    }

    private static boolean sameSentence(Resolution r, int a, int b) {
        return r.tokens.get(a).sentence() == r.tokens.get(b).sentence();
    }
}
