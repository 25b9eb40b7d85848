package org.claimgraph.ingest.places;

import java.util.List;
import java.util.Set;
import org.claimgraph.ingest.document.Sentences;
import org.claimgraph.ingest.document.Word;
import org.claimgraph.ingest.lexicon.Lexicon;

/** The words of one sentence while places are found in it: which are already part of a mention. */
final class SentenceWords {

    /** Capitalised words that start no place name: function words, the calendar, compass words, titles. */
    private static final Set<String> NOT_NAMES = Lexicon.with(
            Lexicon.union("capitalised-function-words.txt", "calendar-words.txt", "compass-words.txt"),
            "My",
            "Your",
            "Of",
            "Several",
            "Many",
            "Most",
            "All",
            "Both",
            "Local",
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
            "Gen",
            "Governor",
            "President",
            "Minister",
            "General");

    final List<Sentences.Tagged> tagged;
    final List<Word> words;
    final boolean[] used;
    final int sentence;

    SentenceWords(List<Sentences.Tagged> tagged) {
        this.tagged = tagged;
        this.words = Sentences.plain(tagged);
        this.used = new boolean[tagged.size()];
        this.sentence = tagged.isEmpty() ? -1 : tagged.get(0).sentence();
    }

    /** Whether a capitalised word is one that starts no name: "The", "March", "East". */
    static boolean isNotName(String word) {
        return NOT_NAMES.contains(word);
    }

    int size() {
        return words.size();
    }

    Word word(int i) {
        return words.get(i);
    }

    String text(int i) {
        return i >= 0 && i < words.size() ? words.get(i).text() : "";
    }

    boolean free(int first, int last) {
        for (int i = first; i <= last; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    void use(int first, int last) {
        for (int i = first; i <= last; i++) {
            used[i] = true;
        }
    }

    boolean isProperNoun(int i) {
        return tagged.get(i).tag().startsWith("PROPN");
    }

    /** A capitalised word, not yet used, that can be part of a name not in the gazetteer. */
    boolean isNameWord(int i) {
        if (i < 0 || i >= words.size() || used[i]) {
            return false;
        }
        Word word = words.get(i);
        if (!word.isCapitalised() || NOT_NAMES.contains(word.text()) || KindWords.of(word.text()) != null) {
            return false;
        }
        return !tagged.get(i).sentenceInitial() || isProperNoun(i);
    }

    /** A capitalised name right before word {@code i}, not part of any mention: "New" in "New Kabul Bank". */
    boolean unknownNameBefore(int i, String body) {
        int p = i - 1;
        return p >= 0
                && !used[p]
                && words.get(p).joins(words.get(i), body)
                && words.get(p).isCapitalised()
                && !NOT_NAMES.contains(words.get(p).text())
                && (!tagged.get(p).sentenceInitial() || isProperNoun(p));
    }

    boolean unknownNameAfter(int last, String body) {
        int n = last + 1;
        return n < words.size()
                && !used[n]
                && words.get(last).joins(words.get(n), body)
                && words.get(n).isCapitalised()
                && isProperNoun(n)
                && KindWords.of(words.get(n).text()) == null;
    }
}
