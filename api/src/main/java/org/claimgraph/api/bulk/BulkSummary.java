package org.claimgraph.api.bulk;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** What a bulk run did: stored, skipped as already stored, rejected with the reason for each. */
final class BulkSummary {

    private int stored;
    private int duplicates;
    private final List<String> rejected = new ArrayList<>();

    synchronized void stored() {
        stored++;
    }

    synchronized void duplicate() {
        duplicates++;
    }

    synchronized void rejected(String origin, String reason) {
        rejected.add(origin + ": " + reason);
    }

    synchronized int storedCount() {
        return stored;
    }

    synchronized int rejectedCount() {
        return rejected.size();
    }

    synchronized void print(PrintStream out, double seconds) {
        int total = stored + duplicates + rejected.size();
        out.printf(
                "%d articles in %.1f s (%.1f articles/s): %d stored, %d skipped as already stored, %d rejected%n",
                total, seconds, total / Math.max(seconds, 1e-3), stored, duplicates, rejected.size());
        rejected.stream().sorted().forEach(line -> out.println("  rejected " + line));
    }
}
