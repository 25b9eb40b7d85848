package org.claimgraph.ingest.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A text resource of tab-separated lines sorted by their first field (in {@link String#compareTo}
 * order), searched in place: loading reads the text and notes where lines start, nothing more, so
 * that a table of a hundred thousand lines costs milliseconds to open and a lookup a binary search.
 */
final class SortedLines {

    private final String text;
    /** Where each line starts and ends in {@code text}. */
    private final int[] starts;

    private final int[] ends;

    private SortedLines(String text, int[] starts, int[] ends) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /**
     * {@link #read} on another thread. (The reading is a method of this class so that the thread never
     * waits on the initialisation of a caller's class: a lambda written in a class initialiser would.)
     */
    static CompletableFuture<SortedLines> readInBackground(String resource) {
        return CompletableFuture.supplyAsync(() -> read(resource));
    }

    /** The lines of a UTF-8 resource, blank lines and lines starting with '#' left out. */
    static SortedLines read(String resource) {
        try (InputStream in = SortedLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer table " + resource + " is not on the class path");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer table " + resource, e);
        }
    }

    static SortedLines of(String text) {
        int[] starts = new int[1024];
        int[] ends = new int[1024];
        int count = 0;
        int start = 0;
        while (start < text.length()) {
            int next = text.indexOf('\n', start);
            next = next < 0 ? text.length() : next;
            int end = next > start && text.charAt(next - 1) == '\r' ? next - 1 : next;
            if (end > start && text.charAt(start) != '#') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = start;
                ends[count++] = end;
            }
            start = next + 1;
        }
        return new SortedLines(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    int size() {
        return starts.length;
    }

    /** The first line whose first field is not less than {@code key}; {@link #size()} when none. */
    int lowerBound(String key) {
        int low = 0;
        int high = size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compareFirstField(mid, key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether the first field of line {@code i} is {@code key}. */
    boolean hasKey(int i, String key) {
        return i < size() && compareFirstField(i, key) == 0;
    }

    /** Whether the first field of line {@code i} starts with {@code prefix}. */
    boolean keyStartsWith(int i, String prefix) {
        return i < size() && prefix.length() <= ends[i] - starts[i] && text.startsWith(prefix, starts[i]);
    }

    /** The fields of line {@code i}. */
    List<String> fields(int i) {
        return Arrays.asList(text.substring(starts[i], ends[i]).split("\t", -1));
    }

    /** The first field of line {@code i} compared with {@code key}, as {@link String#compareTo} would. */
    private int compareFirstField(int i, String key) {
        int at = starts[i];
        int end = ends[i];
        for (int k = 0; k < key.length(); k++, at++) {
            char c = at < end ? text.charAt(at) : '\t';
            if (c == '\t') {
                return -1;
            }
            int diff = c - key.charAt(k);
            if (diff != 0) {
                return diff;
            }
        }
        return at < end && text.charAt(at) != '\t' ? 1 : 0;
    }
}
