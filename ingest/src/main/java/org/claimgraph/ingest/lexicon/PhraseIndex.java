package org.claimgraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ingest.document.Word;

/**
 * Names (in {@link NameForm#match match form}) to the things they name, and the longest of them that
 * starts at a given word of the body. Immutable once built.
 */
public final class PhraseIndex<T> {

    private final Map<String, List<T>> byName;
    /** Match forms of the first words of every name: a longer match is only tried while these hold. */
    private final Set<String> prefixes;

    private final int maxWords;

    private PhraseIndex(Map<String, List<T>> byName, Set<String> prefixes, int maxWords) {
        this.byName = byName;
        this.prefixes = prefixes;
        this.maxWords = maxWords;
    }

    /** A match of {@code words} words starting at the given index, naming {@code values}. */
    public record Match<T>(int first, int count, List<T> values) {
        public int last() {
            return first + count - 1;
        }
    }

    public List<T> get(String matchForm) {
        return byName.getOrDefault(matchForm, List.of());
    }

    /** The longest name starting at word {@code first}, or null. */
    public Match<T> longestAt(List<Word> words, int first, String body) {
        Match<T> best = null;
        int count = 1;
        StringBuilder growing = new StringBuilder();
        while (first + count <= words.size() && count <= maxWords) {
            NameForm.append(growing, words.get(first + count - 1).text());
            String form = growing.toString();
            if (!prefixes.contains(form)) {
                break;
            }
            List<T> values = byName.get(form);
            if (values != null
                    && !NameForm.isConnective(words.get(first + count - 1).text())) {
                best = new Match<>(first, count, values);
            }
            int last = first + count - 1;
            if (last + 1 >= words.size() || !words.get(last).joins(words.get(last + 1), body)) {
                break;
            }
            count++;
        }
        return best;
    }

    public static final class Builder<T> {
        private final Map<String, List<T>> byName = new HashMap<>();
        private final Set<String> prefixes = new HashSet<>();
        private int maxWords;

        public Builder<T> add(String name, T value) {
            List<Word> words = Word.of(name);
            if (words.isEmpty()) {
                return this;
            }
            for (int n = 1; n <= words.size(); n++) {
                prefixes.add(NameForm.match(words.subList(0, n)));
            }
            List<T> values = byName.computeIfAbsent(NameForm.match(words), k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
            maxWords = Math.max(maxWords, words.size() + 2);
            return this;
        }

        public PhraseIndex<T> build() {
            Map<String, List<T>> copy = new HashMap<>();
            byName.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return new PhraseIndex<>(Map.copyOf(copy), Set.copyOf(prefixes), maxWords);
        }
    }
}
