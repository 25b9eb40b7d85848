package org.claimgraph.ingest.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the word lists and tables shipped with the library: one entry a line, blank lines and lines
 * starting with {@code #} ignored, white space around entries trimmed. Word lists live under
 * {@code src/main/resources/lexicon/}; {@link Csv} reads tables through {@link #resourceLines(String)}.
 */
public final class Lexicon {

    private Lexicon() {}

    /** The entries of the word list {@code name} under {@code /lexicon/}. */
    public static List<String> lines(String name) {
        return resourceLines("/lexicon/" + name);
    }

    public static Set<String> set(String name) {
        return Set.copyOf(lines(name));
    }

    /** The entries of several word lists under {@code /lexicon/} together. */
    public static Set<String> union(String... names) {
        Set<String> all = new HashSet<>();
        for (String name : names) {
            all.addAll(lines(name));
        }
        return Set.copyOf(all);
    }

    /** {@code words} and {@code more}: shared lists with a caller's own words added. */
    public static Set<String> with(Set<String> words, String... more) {
        Set<String> all = new HashSet<>(words);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    /** The entries of any resource on the class path, such as {@code /gazetteer/countries.csv}. */
    public static List<String> resourceLines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> entries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
