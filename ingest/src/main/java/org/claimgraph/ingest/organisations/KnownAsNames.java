package org.claimgraph.ingest.organisations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.ingest.document.Organisation;
import org.claimgraph.ingest.document.OrganisationMention;
import org.claimgraph.ingest.document.Word;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.NameForm;

/**
 * Names given in an apposition: "the Office on Drugs and Crime, known as UNODC,", "The army, known
 * by its French acronym FADR,", "the U.N. mission in Freedonia, known as UNMIF,". The name is another
 * name of the organisation right before the comma; of the organisation a definite noun points back to
 * ("The agency, known as X": the latest organisation named before whose name holds the noun, else the
 * latest one named); or, after a description, a new organisation with the description as an alias.
 * Immutable.
 */
final class KnownAsNames {

    /** "known by its French acronym X": words that may stand between "by" and the name. */
    private static final Set<String> NAME_WORDS = Set.of(
            "its",
            "their",
            "the",
            "french",
            "english",
            "arabic",
            "spanish",
            "portuguese",
            "acronym",
            "initials",
            "abbreviation",
            "name");

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_DESCRIPTION = 7;

    /**
     * The names given in the sentence {@code words}; {@code named} are the organisations named in it,
     * {@code before} those named earlier in the article.
     */
    List<OrganisationMention> find(
            List<Word> words, List<OrganisationMention> named, List<OrganisationMention> before, String body) {
        List<OrganisationMention> found = new ArrayList<>();
        for (int i = 1; i + 1 < words.size(); i++) {
            int name = nameAfter(words, i, body);
            if (name < 0) {
                continue;
            }
            int last = name;
            while (last + 1 < words.size()
                    && last + 1 - name < MAX_NAME_WORDS
                    && words.get(last).joins(words.get(last + 1), body)
                    && words.get(last + 1).isCapitalised()) {
                last++;
            }
            CharSpan span =
                    new CharSpan(words.get(name).start(), words.get(last).end());
            String text = span.coveredText(body);
            Organisation owner = owner(words, i, named, before, body);
            if (owner == null) {
                String description = description(words, i, body);
                owner = new Organisation(
                        "org:" + NameForm.key(text),
                        text,
                        description == null ? List.of() : List.of(description),
                        null);
            } else {
                List<String> aliases = new ArrayList<>(owner.aliases());
                aliases.add(text);
                owner = new Organisation(owner.key(), owner.name(), List.copyOf(aliases), owner.parentKey());
            }
            found.add(new OrganisationMention(span, owner));
            i = last;
        }
        return found;
    }

    /** The first word of the name after ", known as" / ", known by its acronym" at word {@code known}, or -1. */
    private static int nameAfter(List<Word> words, int known, String body) {
        if (!words.get(known).text().equals("known")
                || !body.substring(words.get(known - 1).end(), words.get(known).start())
                        .contains(",")) {
            return -1;
        }
        String next = words.get(known + 1).text();
        int k = known + 2;
        if (next.equals("by")) {
            while (k < words.size()
                    && NAME_WORDS.contains(words.get(k).text().toLowerCase(Locale.ROOT))
                    && !words.get(k).isAllCaps()) {
                k++;
            }
        } else if (!next.equals("as")) {
            return -1;
        }
        return k < words.size() && words.get(k).isCapitalised() ? k : -1;
    }

    /** The organisation the apposition at word {@code known} follows, or null for a description. */
    private static Organisation owner(
            List<Word> words,
            int known,
            List<OrganisationMention> named,
            List<OrganisationMention> before,
            String body) {
        int end = words.get(known - 1).end();
        for (OrganisationMention m : named) {
            if (m.span().end() == end) {
                return m.organisation();
            }
        }
        // "The agency, known as X": a definite noun that opens the sentence points back
        boolean anaphor = known == 2
                && words.get(0).text().equalsIgnoreCase("the")
                && Character.isLowerCase(words.get(1).text().charAt(0));
        if (!anaphor) {
            return null;
        }
        String noun = " " + words.get(1).text().toLowerCase(Locale.ROOT) + " ";
        for (int i = before.size() - 1; i >= 0; i--) {
            if ((" " + before.get(i).organisation().name().toLowerCase(Locale.ROOT) + " ").contains(noun)) {
                return before.get(i).organisation();
            }
        }
        return before.isEmpty() ? null : before.get(before.size() - 1).organisation();
    }

    /** "the U.N. peacekeeping mission in Freedonia" before the comma: the words after the determiner, or null. */
    private static String description(List<Word> words, int known, String body) {
        for (int k = known - 1; k >= 0 && known - k <= MAX_DESCRIPTION; k--) {
            if (DETERMINERS.contains(words.get(k).text().toLowerCase(Locale.ROOT))) {
                return k + 1 < known
                        ? body.substring(
                                words.get(k + 1).start(), words.get(known - 1).end())
                        : null;
            }
        }
        return null;
    }
}
