package org.claimgraph.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which names and texts are searched: lower case, accents removed, punctuation turned
 * into spaces, white space collapsed. Stored beside the original so that databases without accent
 * folding can still match "Kunduz" for "kundúz".
 */
public final class SearchText {

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * A name and its aliases in search form as " | name | alias | ... | ", so that a whole name can be
     * matched with its delimiters; aliases that would make it longer than {@code maxLength} are left out.
     */
    public static String names(String name, Iterable<String> aliases, int maxLength) {
        StringBuilder names = new StringBuilder(" | ").append(fold(name)).append(" | ");
        for (String alias : aliases) {
            String folded = fold(alias);
            if (names.length() + folded.length() + 3 > maxLength) {
                break;
            }
            names.append(folded).append(" | ");
        }
        return names.toString();
    }
}
