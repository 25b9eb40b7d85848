package org.claimgraph.ingest.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The titles people carry in news text: offices and roles ({@code lexicon/titles.txt}, "spokesman",
 * "district governor") and forms of address ({@code lexicon/honorifics.txt}): ranks such as "Gen."
 * that are left out of a canonical name, and honorifics such as "Haji" that belong to it. Loaded
 * once; immutable.
 */
public final class TitleLexicon {

    private static final TitleLexicon INSTANCE = new TitleLexicon();

    private final Set<String> heads = new HashSet<>();
    private final Map<String, Boolean> addressForms = new HashMap<>();

    private TitleLexicon() {
        for (String title : Lexicon.lines("titles.txt")) {
            String[] words = title.toLowerCase(Locale.ROOT).split("\\s+");
            heads.add(words[words.length - 1]);
        }
        for (String line : Lexicon.lines("honorifics.txt")) {
            String[] columns = line.split("\\s+");
            addressForms.put(columns[0].toLowerCase(Locale.ROOT), "NAME".equals(columns[1]));
        }
    }

    public static TitleLexicon get() {
        return INSTANCE;
    }

    /** Whether the word is the head of an office or role ("governor", "Spokesman", "elder"). */
    public boolean isRole(String word) {
        return heads.contains(strip(word));
    }

    /** Whether the word is a rank or honorific written before a name ("Gen.", "Capt", "Haji"). */
    public boolean isAddressForm(String word) {
        return addressForms.containsKey(strip(word)) && Character.isUpperCase(word.charAt(0));
    }

    /** Whether the word is an honorific that belongs to the written name ("Mawlawi", "Haji"). */
    public boolean isNameHonorific(String word) {
        return Boolean.TRUE.equals(addressForms.get(strip(word))) && Character.isUpperCase(word.charAt(0));
    }

    /** Whether the word is either a role or a form of address. */
    public boolean isTitleWord(String word) {
        return isRole(word) || isAddressForm(word);
    }

    /** The words of a written name without its leading ranks and honorifics. */
    public List<String> withoutAddressForms(List<String> words) {
        int first = 0;
        while (first < words.size() - 1 && isAddressForm(words.get(first))) {
            first++;
        }
        return words.subList(first, words.size());
    }

    private static String strip(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
