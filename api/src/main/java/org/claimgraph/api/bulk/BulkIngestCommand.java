package org.claimgraph.api.bulk;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.claimgraph.api.error.InvalidArgumentException;
import org.claimgraph.api.intake.IngestOutcome;
import org.claimgraph.api.intake.IngestService;
import org.claimgraph.api.persistence.DatabaseFileCompaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Ingests a folder of .txt articles or a JSON Lines file into the configured database through the
 * same path as the API. Each article is its own transaction and articles already stored are skipped
 * by content hash, so a run that was stopped (even killed) is resumed by running it again.
 */
@Command(
        name = "bulk-ingest",
        mixinStandardHelpOptions = true,
        description = "Ingest a folder of .txt articles or a .jsonl file ({\"title\",\"body\",\"source\",\"url\","
                + "\"publishedAt\"} a line) into the configured database. Run it again to resume: stored articles "
                + "are skipped.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every article stored or already stored",
            "1:the input cannot be read",
            "3:finished, some articles rejected (listed)"
        })
public final class BulkIngestCommand implements java.util.concurrent.Callable<Integer> {

    static final int SOME_REJECTED = 3;

    @Parameters(paramLabel = "PATH", description = "a folder of .txt files or a .jsonl file")
    Path path;

    @Option(names = "--threads", paramLabel = "N", description = "articles parsed at once (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--no-compact",
            description = "leave an H2 database's file as it is after the run (by default it is rewritten without"
                    + " the old versions of its data when anything was stored)")
    boolean noCompact;

    private final IngestService ingest;
    private final DatabaseFileCompaction compaction;
    private final PrintStream out;
    private final PrintStream progressOut;

    public BulkIngestCommand(
            IngestService ingest, DatabaseFileCompaction compaction, PrintStream out, PrintStream progressOut) {
        this.ingest = ingest;
        this.compaction = compaction;
        this.out = out;
        this.progressOut = progressOut;
    }

    @Override
    public Integer call() throws InterruptedException {
        BulkInput input;
        int total;
        try {
            input = BulkInput.at(path);
            total = input.count();
        } catch (IllegalArgumentException e) {
            out.println("bulk-ingest: " + e.getMessage());
            return 1;
        }
        out.printf("Ingesting %d articles from %s with %d threads%n", total, path, Math.max(1, threads));
        BulkProgress progress = new BulkProgress(progressOut, total, System.console() != null);
        BulkSummary summary = new BulkSummary();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(
                Math.max(1, threads),
                Math.max(1, threads),
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, threads) * 2),
                new ThreadPoolExecutor.CallerRunsPolicy());
        input.read(item -> workers.execute(() -> {
            ingestOne(item, summary);
            progress.advance();
        }));
        workers.shutdown();
        workers.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        summary.print(out, progress.seconds());
        if (summary.storedCount() > 0 && !noCompact) {
            compactDatabaseFile();
        }
        return summary.rejectedCount() == 0 ? 0 : SOME_REJECTED;
    }

    private void compactDatabaseFile() {
        try {
            compaction
                    .compactAndClose()
                    .ifPresent(done -> out.printf(
                            "Compacted the database file %s: %s to %s in %.1f s%n",
                            done.file(),
                            size(done.bytesBefore()),
                            size(done.bytesAfter()),
                            done.took().toMillis() / 1000.0));
        } catch (RuntimeException e) {
            // the articles are stored: the file is only larger than it needs to be
            out.println("bulk-ingest: " + rootMessage(e));
        }
    }

    private static String size(long bytes) {
        return bytes < 1_000_000
                ? String.format("%.0f kB", bytes / 1_000.0)
                : String.format("%.1f MB", bytes / 1_000_000.0);
    }

    private void ingestOne(BulkItem item, BulkSummary summary) {
        if (item.unreadable() != null) {
            summary.rejected(item.origin(), item.unreadable());
            return;
        }
        try {
            IngestOutcome outcome = ingest.ingest(item.submission());
            if (outcome.created()) {
                summary.stored();
            } else {
                summary.duplicate();
            }
        } catch (InvalidArgumentException e) {
            summary.rejected(item.origin(), e.getMessage());
        } catch (RuntimeException e) {
            summary.rejected(item.origin(), "not stored: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
