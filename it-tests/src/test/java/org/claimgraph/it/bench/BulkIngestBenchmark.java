package org.claimgraph.it.bench;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.it.BulkIngester;
import org.claimgraph.it.PackagedApp;
import org.claimgraph.it.TestDatabase;

/**
 * End-to-end bulk ingest throughput (parse + store) of the packaged app's {@code bulk-ingest} command
 * on generated articles, into the database {@code -Dclaimgraph.it.database} names (h2 by default, or
 * postgresql on an embedded server). Prints the first run and the resumed run, where every article is
 * skipped. Arguments: articles (default 1000), threads (default 2).
 */
public final class BulkIngestBenchmark {

    private static final Pattern SUMMARY = Pattern.compile("(\\d+) articles in ([0-9.]+) s \\(([0-9.]+) articles/s\\)");

    private BulkIngestBenchmark() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String threads = args.length > 1 ? args[1] : "2";
        Path dataDir = PackagedApp.freshDataDir();
        Path folder = dataDir.resolve("articles");
        BenchSupport.writeGeneratedArticles(folder, articles, 7);
        String database = TestDatabase.configured().name();
        System.out.printf(
                "%d generated articles, %s threads, %s, %d cores%n",
                articles, threads, database, Runtime.getRuntime().availableProcessors());
        report("first run", BulkIngester.start(dataDir, folder, "--threads", threads));
        report("second run (resume)", BulkIngester.start(dataDir, folder, "--threads", threads));
        System.exit(0); // stops the embedded PostgreSQL server, if any, through its shutdown hook
    }

    private static void report(String run, BulkIngester ingester) throws InterruptedException {
        int exit = ingester.exitCode();
        Matcher m = SUMMARY.matcher(ingester.output());
        if (exit != 0 || !m.find()) {
            throw new IllegalStateException(run + " failed (exit " + exit + "):\n" + ingester.output());
        }
        String summary = ingester.output()
                .lines()
                .filter(l -> l.contains(" articles in "))
                .findFirst()
                .orElse("");
        System.out.printf("%-20s %s%n", run, summary);
    }
}
