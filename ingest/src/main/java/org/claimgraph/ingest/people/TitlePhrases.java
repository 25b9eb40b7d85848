package org.claimgraph.ingest.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.lexicon.TitleLexicon;

/**
 * Finds the title written around a name, as token ranges of one sentence: before it ("Riverland
 * Governor X", "U.S. Navy Capt. X", "customs clearing agent X"), in an apposition after it ("X, a
 * tribal elder in Y,") or in an apposition before it ("the spokesman, X,"). Immutable.
 */
final class TitlePhrases {

    /** A token range, both ends inclusive. */
    record Range(int first, int last) {}

    private static final int MAX_BEFORE = 8;
    private static final int MAX_APPOSITION = 12;
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "that");
    private static final Set<String> DETERMINERS =
            Set.of("a", "an", "the", "its", "his", "her", "their", "our", "whose");
    private static final Set<String> MODIFIER_TAGS = Set.of("NOUN", "ADJ", "PROPN", "VERB", "NUM");

    private final TitleLexicon titles = TitleLexicon.get();
    private final Set<String> speechVerbs;

    TitlePhrases(Set<String> speechVerbs) {
        this.speechVerbs = speechVerbs;
    }

    /**
     * The title directly before token {@code nameStart} (ranks included), or null. {@code first} is
     * the first token of the sentence.
     */
    Range before(List<Token> tokens, int first, int nameStart) {
        int i = nameStart - 1;
        if (i >= first && isAbbreviationDot(tokens, i)) {
            i--;
        }
        if (i < first || !titles.isTitleWord(TokenCover.word(tokens.get(i)))) {
            return null;
        }
        int start = i;
        for (int j = i - 1; j >= first && nameStart - j <= MAX_BEFORE; j--) {
            Token t = tokens.get(j);
            if (isAbbreviationDot(tokens, j)) {
                continue;
            }
            if (!canModifyTitle(t)) {
                break;
            }
            start = j;
        }
        return new Range(start, nameStart - 1);
    }

    /** The title in an apposition after the name that ends at {@code nameEnd}: ", a tribal elder,". */
    Range after(List<Token> tokens, int nameEnd, int sentenceEnd) {
        int comma = nameEnd + 1;
        if (comma >= sentenceEnd || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        int start = comma + 1;
        if (start < sentenceEnd && DETERMINERS.contains(lower(tokens.get(start)))) {
            start++;
        }
        int end = start;
        boolean hasRole = false;
        while (end < sentenceEnd && end - start < MAX_APPOSITION && !isBoundary(tokens.get(end))) {
            if (speechVerbs.contains(lower(tokens.get(end)))) {
                return null;
            }
            if (RELATIVES.contains(lower(tokens.get(end))) && hasRole) {
                // "a union official in Mopti who spoke to drivers": the title ends before the clause
                return new Range(start, end - 1);
            }
            hasRole |= end - start < 6 && titles.isRole(TokenCover.word(tokens.get(end)));
            end++;
        }
        boolean closed = end >= sentenceEnd
                || tokens.get(end).text().equals(",")
                || tokens.get(end).text().equals(".");
        return hasRole && closed && end > start ? new Range(start, end - 1) : null;
    }

    /** The title of an apposition before a name that starts at {@code nameStart}: "the spokesman, X". */
    Range appositionBefore(List<Token> tokens, int first, int nameStart) {
        int comma = nameStart - 1;
        if (comma <= first || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        boolean hasRole = false;
        for (int j = comma - 1; j >= first && comma - j <= MAX_BEFORE; j--) {
            Token t = tokens.get(j);
            String lower = lower(t);
            if (DETERMINERS.contains(lower) && hasRole) {
                return j + 1 < comma ? new Range(j + 1, comma - 1) : null;
            }
            if (isBoundary(t) || speechVerbs.contains(lower)) {
                return null;
            }
            hasRole |= titles.isRole(TokenCover.word(t));
            // "Freedonia's information minister, X," opens its sentence with no determiner
            if (j == first && hasRole && !TokenCover.word(t).equals(t.text())) {
                return new Range(j, comma - 1);
            }
        }
        return null;
    }

    private boolean canModifyTitle(Token t) {
        if (titles.isTitleWord(TokenCover.word(t))) {
            return true;
        }
        if (speechVerbs.contains(lower(t)) || DETERMINERS.contains(lower(t))) {
            return false;
        }
        return t.isCapitalised()
                || MODIFIER_TAGS.contains(t.tag())
                        && Character.isLetter(t.text().charAt(0));
    }

    static boolean isAbbreviationDot(List<Token> tokens, int i) {
        return i > 0
                && tokens.get(i).text().equals(".")
                && tokens.get(i).span().start() == tokens.get(i - 1).span().end()
                && TitleLexicon.get().isAddressForm(tokens.get(i - 1).text());
    }

    private static boolean isBoundary(Token t) {
        String s = t.text();
        return s.equals(",")
                || s.equals(".")
                || s.equals(";")
                || s.equals(":")
                || s.equals("\u201c")
                || s.equals("\u201d")
                || s.equals("\"")
                || s.equals("(")
                || s.equals(")");
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
