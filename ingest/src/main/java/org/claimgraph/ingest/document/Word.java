package org.claimgraph.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * A word of the body as the name matchers see it: a run of letters and digits, an abbreviation such
 * as "U.S.", or a name with an inner apostrophe ("N'Djamena"). A possessive "'s" or "’s" is kept apart:
 * {@code end} is the end of the word without it, {@code possessiveEnd} the end with it.
 */
public record Word(int start, int end, int possessiveEnd, String text) {

    private static final Pattern WORD =
            Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}\\p{Nd}]+(?:['\u2019][\\p{L}\\p{M}]+)*");

    public boolean isPossessive() {
        return possessiveEnd > end;
    }

    public boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean isAllCaps() {
        return text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    public CharSpan span() {
        return new CharSpan(start, end);
    }

    /** The words of {@code body} inside {@code span}, in order. */
    public static List<Word> of(String body, CharSpan span) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(body).region(span.start(), span.end());
        while (m.find()) {
            String text = m.group();
            int end = m.end();
            if (text.length() > 2 && (text.endsWith("'s") || text.endsWith("\u2019s"))) {
                text = text.substring(0, text.length() - 2);
                end -= 2;
            }
            words.add(new Word(m.start(), end, m.end(), text));
        }
        return words;
    }

    public static List<Word> of(String text) {
        return of(text, new CharSpan(0, text.length()));
    }

    /** Whether {@code next} continues a name after {@code this}: only a space or a hyphen between them. */
    public boolean joins(Word next, String body) {
        if (isPossessive()) {
            return false;
        }
        String gap = body.substring(end, next.start);
        return gap.equals("-") || (!gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0);
    }
}
