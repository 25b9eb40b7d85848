package org.claimgraph.ingest.mentions;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The forms names are compared in. {@link #match} keeps case (matching is case-sensitive) but folds
 * accents, apostrophes, hyphens and the Dari/Pashto connective, so that "Dasht-e-Archi",
 * "Dasht-i-Archi", "Dasht e Archi" and "Dasht Archi" meet. {@link #key} is the normalised name used
 * in place and organisation keys.
 */
final class NameForm {

    private NameForm() {
    }

    /** The match form of a name as written in a list. */
    static String match(String name) {
        return match(Word.of(name));
    }

    /** The match form of consecutive words of the body. */
    static String match(List<Word> words) {
        return words.stream()
                .map(Word::text)
                .filter(w -> !isConnective(w))
                .map(NameForm::fold)
                .collect(Collectors.joining(" "));
    }

    static boolean isConnective(String word) {
        return word.equals("e") || word.equals("i");
    }

    /** Lower case, no accents, punctuation to space, spaces collapsed, no leading "the". */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = plain.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}]", " ").replaceAll("\\s+", " ").strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    /** A name without a leading "the" or "The". */
    static String withoutArticle(String name) {
        return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    }

    private static String fold(String word) {
        if (word.chars().allMatch(c -> c < 128)) {
            return word; // the common case: nothing to fold, and Normalizer is costly in this hot path
        }
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('\u2019', '\'');
    }
}
