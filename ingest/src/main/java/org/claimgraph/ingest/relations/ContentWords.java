package org.claimgraph.ingest.relations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * The words that say what a statement is about, in a form two wordings of one event share: common
 * nouns, verbs and adjectives, lower-cased and stripped of their endings ("fighters" and "fighter"
 * meet), each word of a known class read as its class ("killed" and "dead" are both HARM; "shelled" and
 * "fired" both ATTACKS). Capitalised names are left out (they are participants), and so are the words that frame a
 * statement rather than carry it (said, denied, the report, baseless). Thread-safe.
 */
final class ContentWords {

    private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "VERB", "ADJ");
    private static final String[] ENDINGS = {"ings", "ing", "ers", "ed", "es", "s", "er"};
    private static final int STEM_LENGTH = 6;
    private static final int MIN_LENGTH = 3;

    private final Set<String> ignored = new HashSet<>();
    private final Map<String, String> classes = new HashMap<>();

    ContentWords() {
        ignored.addAll(Lexicon.set("dispute-ignored-words.txt"));
        ignored.addAll(Lexicon.set("speech-verbs.txt"));
        ignored.addAll(Lexicon.set("denial-verbs.txt"));
        ignored.addAll(Lexicon.set("claim-nouns.txt"));
        for (String line : Lexicon.lines("relation-verbs.tsv")) {
            String[] columns = line.split("\t");
            if (columns.length > 1 && !columns[1].equals("OTHER")) {
                classes.put(columns[0], "<" + columns[1] + ">");
            }
        }
        for (String line : Lexicon.lines("dispute-word-classes.tsv")) {
            String[] columns = line.split("\t");
            classes.put(columns[0], "<" + columns[1] + ">");
        }
    }

    /**
     * The content words among {@code tokens}, leaving out the capitalised words of the {@code names}
     * ("Rwandan" in "Rwandan soldiers"; "soldiers" stays, it says what the claim is about).
     */
    Set<String> of(List<Token> tokens, List<CharSpan> names) {
        Set<String> words = new HashSet<>();
        for (Token token : tokens) {
            String word = key(token, names);
            if (word != null) {
                words.add(word);
            }
        }
        return words;
    }

    private String key(Token token, List<CharSpan> names) {
        // the tagger calls some lower-case nouns proper ("civilians/PROPN"); a name is capitalised
        if (!CONTENT_TAGS.contains(token.tag()) && !(token.tag().equals("PROPN") && !token.isCapitalised())) {
            return null;
        }
        String word = token.text().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (word.endsWith("'s")) {
            word = word.substring(0, word.length() - 2);
        }
        if (word.length() < MIN_LENGTH
                || !Character.isLetter(word.charAt(0))
                || ignored.contains(word)
                || token.isCapitalised() && inside(token.span(), names)) {
            return null;
        }
        String cls = classes.get(word);
        return cls != null ? cls : stem(word);
    }

    /** A crude stem: the word without one common ending, cut to its first six letters. */
    static String stem(String word) {
        String stem = word;
        for (String ending : ENDINGS) {
            if (stem.length() > ending.length() + MIN_LENGTH && stem.endsWith(ending)) {
                stem = stem.substring(0, stem.length() - ending.length());
                break;
            }
        }
        return stem.length() > STEM_LENGTH ? stem.substring(0, STEM_LENGTH) : stem;
    }

    private static boolean inside(CharSpan span, List<CharSpan> names) {
        for (CharSpan name : names) {
            if (name.start() <= span.start() && span.end() <= name.end()) {
                return true;
            }
        }
        return false;
    }
}
