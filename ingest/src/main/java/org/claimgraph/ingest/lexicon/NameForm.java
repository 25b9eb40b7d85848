package org.claimgraph.ingest.lexicon;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.claimgraph.ingest.document.Word;

/**
 * The forms names are compared in. {@link #match} keeps case (matching is case-sensitive) but folds
 * accents, apostrophes, hyphens and the Dari/Pashto connective, so that "Dasht-e-Archi",
 * "Dasht-i-Archi", "Dasht e Archi" and "Dasht Archi" meet. {@link #key} is the normalised name used
 * in place and organisation keys.
 */
public final class NameForm {

    private NameForm() {}

    /** The match form of a name as written in a list. */
    public static String match(String name) {
        return match(Word.of(name));
    }

    /** The match form of consecutive words of the body. */
    public static String match(List<Word> words) {
        StringBuilder form = new StringBuilder();
        for (Word word : words) {
            append(form, word.text());
        }
        return form.toString();
    }

    /** Adds one more word of a name to its match form. */
    public static void append(StringBuilder form, String word) {
        if (isConnective(word)) {
            return;
        }
        if (form.length() > 0) {
            form.append(' ');
        }
        form.append(fold(word));
    }

    public static boolean isConnective(String word) {
        return word.equals("e") || word.equals("i");
    }

    /** Lower case, no accents, punctuation to space, spaces collapsed, no leading "the". */
    public static String key(String name) {
        if (isPlainAscii(name)) {
            return plainAsciiKey(name);
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = plain.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    /** A name without a leading "the" or "The". */
    public static String withoutArticle(String name) {
        return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    }

    /** {@link #key} for names of ASCII letters, digits and spaces only: the common case, without regexes. */
    private static String plainAsciiKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ') {
                key.append(Character.toLowerCase(c));
            } else if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                key.append(' ');
            }
        }
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == ' ') {
            end--;
        }
        String words = key.substring(0, end);
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    private static boolean isPlainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == ' ' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String word) {
        if (isAscii(word)) {
            return word; // the common case: nothing to fold, and Normalizer is costly in this hot path
        }
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('\u2019', '\'');
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
