package org.claimgraph.ingest.quantities;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads a cardinal number written in digits ("1,200", "2.5") or as one English word ("four", "dozen"). */
final class NumberWords {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("hundred", 100),
            Map.entry("thousand", 1000),
            Map.entry("million", 1_000_000),
            Map.entry("billion", 1_000_000_000),
            Map.entry("dozen", 12));

    private NumberWords() {}

    static OptionalDouble value(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        Integer named = WORDS.get(word);
        if (named != null) {
            return OptionalDouble.of(named);
        }
        if (!word.isEmpty()
                && Character.isDigit(word.charAt(0))
                && word.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?")) {
            return OptionalDouble.of(Double.parseDouble(word.replace(",", "")));
        }
        return OptionalDouble.empty();
    }

    /** Words that multiply the number before them: "two dozen", "three million". */
    static boolean isMultiplier(String token) {
        String word = token.toLowerCase(Locale.ROOT);
        return word.equals("dozen")
                || word.equals("hundred")
                || word.equals("thousand")
                || word.equals("million")
                || word.equals("billion");
    }
}
