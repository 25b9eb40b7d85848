package org.claimgraph.api.bulk;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The progress line of a bulk run: done of total, articles per second and time left. On a terminal it
 * redraws one line; in a log (no console) it prints a line every few seconds.
 */
final class BulkProgress {

    private static final long REDRAW_NANOS = Duration.ofMillis(200).toNanos();
    private static final long LOG_NANOS = Duration.ofSeconds(5).toNanos();

    private final PrintStream out;
    private final int total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastShown;
    private int done;

    BulkProgress(PrintStream out, int total, boolean terminal) {
        this.out = out;
        this.total = total;
        this.terminal = terminal;
    }

    synchronized void advance() {
        done++;
        long now = System.nanoTime();
        if (done == total || now - lastShown >= (terminal ? REDRAW_NANOS : LOG_NANOS)) {
            lastShown = now;
            out.print((terminal ? "\r" : "") + line(now) + (terminal && done < total ? "" : "\n"));
            out.flush();
        }
    }

    String line(long now) {
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = done / seconds;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        String eta = rate > 0 && done < total ? duration((long) ((total - done) / rate)) : "0s";
        return String.format("[%s] %d/%d articles  %.1f articles/s  ETA %s", bar, done, total, rate, eta);
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    static String duration(long seconds) {
        if (seconds >= 3600) {
            return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}
