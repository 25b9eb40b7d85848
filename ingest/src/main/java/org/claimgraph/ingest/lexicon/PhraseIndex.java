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
    /** Names kept elsewhere and read on demand (the world gazetteer), or null. */
    private final Table<T> more;

    private PhraseIndex(Map<String, List<T>> byName, Set<String> prefixes, int maxWords, Table<T> more) {
        this.byName = byName;
        this.prefixes = prefixes;
        this.maxWords = maxWords;
        this.more = more;
    }

    /**
     * Names looked up where they are kept rather than held in a map: too many to index at start-up,
     * so read from a sorted table on demand.
     */
    public interface Table<T> {
        /** What the name in match form names, empty when nothing. */
        List<T> get(String matchForm);

        /** Whether some name in this table is {@code matchForm} or starts with it and a space. */
        boolean hasPrefix(String matchForm);

        /** The most words any name here has. */
        int maxWords();
    }

    /** This index, also reading the names of {@code table}: each lookup sees both, this one's first. */
    public PhraseIndex<T> with(Table<T> table) {
        return new PhraseIndex<>(byName, prefixes, Math.max(maxWords, table.maxWords() + 2), table);
    }

    /** A match of {@code words} words starting at the given index, naming {@code values}. */
    public record Match<T>(int first, int count, List<T> values) {
        public int last() {
            return first + count - 1;
        }
    }

    public List<T> get(String matchForm) {
        List<T> own = byName.getOrDefault(matchForm, List.of());
        if (more == null) {
            return own;
        }
        List<T> others = more.get(matchForm);
        if (others.isEmpty() || own.isEmpty()) {
            return own.isEmpty() ? others : own;
        }
        List<T> both = new ArrayList<>(own);
        both.addAll(others);
        return both;
    }

    /** The longest name starting at word {@code first}, or null. */
    public Match<T> longestAt(List<Word> words, int first, String body) {
        Match<T> best = null;
        int count = 1;
        StringBuilder growing = new StringBuilder();
        while (first + count <= words.size() && count <= maxWords) {
            NameForm.append(growing, words.get(first + count - 1).text());
            String form = growing.toString();
            if (!prefixes.contains(form) && (more == null || !more.hasPrefix(form))) {
                break;
            }
            List<T> values = get(form);
            if (!values.isEmpty()
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
            return new PhraseIndex<>(Map.copyOf(copy), Set.copyOf(prefixes), maxWords, null);
        }
    }
}
