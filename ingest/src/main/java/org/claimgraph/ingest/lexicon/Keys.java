package org.claimgraph.ingest.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/** Keys of actors found in the text: a kind prefix and the normalised name ("person:joseph doe"). */
public final class Keys {

    private Keys() {}

    public static String person(String name) {
        return "person:" + normalise(name);
    }

    public static String group(String phrase) {
        return "group:" + normalise(phrase);
    }

    /** The armed forces of a country, however the text names them ("troops", "army", "border guards"). */
    public static String armedForces(String countryKey) {
        return "org:armed forces|" + countryKey;
    }

    /** Lower case, no accents, punctuation to space, spaces collapsed, no leading "the". */
    public static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String words = plain.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return words.startsWith("the ") ? words.substring(4) : words;
    }
}
