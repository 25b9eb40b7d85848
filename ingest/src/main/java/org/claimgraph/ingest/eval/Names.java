package org.claimgraph.ingest.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names as evaluation.md compares them: lower case, no accents, no punctuation, no leading "the".
 */
public final class Names {

    private Names() {}

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = plain.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }

    static List<String> withAliases(String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        all.add(normalise(name));
        if (aliases != null) {
            aliases.forEach(a -> all.add(normalise(a)));
        }
        return all;
    }

    static boolean share(List<String> a, List<String> b) {
        return a.stream().anyMatch(x -> !x.isEmpty() && b.contains(x));
    }
}
