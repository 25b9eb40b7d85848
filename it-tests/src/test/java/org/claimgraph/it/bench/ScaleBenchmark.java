package org.claimgraph.it.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.it.BulkIngester;
import org.claimgraph.it.JsonText;
import org.claimgraph.it.PackagedApp;

/**
 * What each canonical query costs at ten times the data (a program, not a test): bulk-ingests generated
 * articles into two H2 databases, one with {@code n} articles and one with {@code 10 n} (the first
 * {@code n} the same in both), starts the packaged app on each with the response cache off, and measures
 * every query on both from one client thread, alternating between the two in short rounds so that the
 * machine's load falls on both alike. Prints the p50 at each size and their ratio (target: at most 1.2x).
 * <p>Run, after {@code mvn -B -ntp package -DskipTests}, from {@code it-tests/}: {@code java -cp
 * target/test-classes org.claimgraph.it.bench.ScaleBenchmark 500 5 4} (articles of the small graph, seconds
 * per round, rounds). To measure a change on the data of an earlier run without storing it again, name its
 * two data folders (printed at the start) with {@code -Dclaimgraph.bench.small-dir=...} and
 * {@code -Dclaimgraph.bench.large-dir=...}; the app migrates them to its schema.
 */
public final class ScaleBenchmark {

    private static final int FACTOR = 10;
    private static final long SEED = 7;

    /**
     * The request bodies of the canonical queries: the three of the load benchmark, the disputes page, and the
     * filters.
     */
    private static Map<String, String> requests(String topActorId) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("flat claims page", LoadBenchmark.FLAT);
        queries.put("nested district query", LoadBenchmark.NESTED);
        queries.put("top actor's claims page", LoadBenchmark.ACTOR_PAGE);
        queries.put(
                "disputes with their sides",
                "{ disputes(first: 20) { totalCount edges { node { proposition"
                        + " assertions(first: 5) { totalCount edges { node { text speaker { name } } } }"
                        + " denials(first: 5) { totalCount edges { node { text speaker { name } } } }"
                        + " hedges(first: 5) { totalCount edges { node { text } } } } } } }");
        queries.put(
                "actors by name",
                "{ actors(first: 20, filter: {name: \"Sorkhabi\"}) { totalCount edges { node { name kind } } } }");
        queries.put(
                "districts by name",
                "{ districts(first: 20, filter: {name: \"Nahrin\"}) { edges { node { name province { name } } } } }");
        queries.put(
                "places by name",
                "{ locations(first: 20, filter: {name: \"Kandahar\"}) { edges { node { name kind } } } }");
        queries.put(
                "claims by text", "{ claims(first: 20, filter: {text: \"fighters\"}) { edges { node { text } } } }");
        queries.put("search", "{ search(text: \"Taliban\", first: 20) { __typename } }");
        Map<String, String> requests = new LinkedHashMap<>();
        queries.forEach((name, query) -> {
            String variables = query.contains("$id") ? "{\"id\":\"" + topActorId + "\"}" : "{}";
            requests.put(name, "{\"query\":" + JsonText.quote(query) + ",\"variables\":" + variables + "}");
        });
        return requests;
    }

    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path smallDir = stored(small, "claimgraph.bench.small-dir");
        Path largeDir = stored(small * FACTOR, "claimgraph.bench.large-dir");
        Map<String, String> quiet = Map.of("CLAIMGRAPH_RESPONSE_CACHE_TTL", "0", "CLAIMGRAPH_CORPUS_LOAD", "false");
        try (PackagedApp smallApp = PackagedApp.start(smallDir, quiet);
                PackagedApp largeApp = PackagedApp.start(largeDir, quiet)) {
            LoadBenchmark smallClient = new LoadBenchmark(smallApp.baseUri());
            LoadBenchmark largeClient = new LoadBenchmark(largeApp.baseUri());
            System.out.printf(
                    Locale.ROOT,
                    "%d and %d articles, H2, response cache off, 1 client, %d rounds of %d s on each after a"
                            + " round of warm-up, alternating; %d cores%n",
                    small,
                    small * FACTOR,
                    rounds,
                    seconds,
                    Runtime.getRuntime().availableProcessors());
            Map<String, String> smallQueries =
                    requests(String.valueOf(smallClient.actorWithClaims(true)[0]));
            Map<String, String> largeQueries =
                    requests(String.valueOf(largeClient.actorWithClaims(true)[0]));
            System.out.printf(
                    Locale.ROOT, "%-28s %12s %12s %8s%n", "query", small + " p50", small * FACTOR + " p50", "ratio");
            for (String name : smallQueries.keySet()) {
                String smallBody = smallQueries.get(name);
                String largeBody = largeQueries.get(name);
                smallClient.load(smallBody, 1, seconds);
                largeClient.load(largeBody, 1, seconds);
                List<long[]> smallRuns = new ArrayList<>();
                List<long[]> largeRuns = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    smallRuns.add(smallClient.load(smallBody, 1, seconds));
                    largeRuns.add(largeClient.load(largeBody, 1, seconds));
                }
                double smallP50 = p50(smallRuns);
                double largeP50 = p50(largeRuns);
                System.out.printf(
                        Locale.ROOT,
                        "%-28s %9.2f ms %9.2f ms %7.2fx%s%n",
                        name,
                        smallP50,
                        largeP50,
                        largeP50 / smallP50,
                        largeP50 / smallP50 > 1.2 ? "  over 1.2x" : "");
            }
        }
    }

    /**
     * A fresh H2 data folder holding the first {@code articles} generated articles, stored by bulk-ingest; or the
     * folder the system property names, stored by an earlier run (its {@code articles/} folder has them).
     */
    private static Path stored(int articles, String earlierRun) throws Exception {
        String earlier = System.getProperty(earlierRun);
        if (earlier != null) {
            return Path.of(earlier);
        }
        Path dataDir = PackagedApp.freshDataDir();
        Path folder = dataDir.resolve("articles");
        BenchSupport.writeGeneratedArticles(folder, articles, SEED);
        long started = System.nanoTime();
        BulkIngester ingester = BulkIngester.start(dataDir, folder, "--threads", "2");
        if (ingester.exitCode(Duration.ofHours(1)) != 0) {
            throw new IllegalStateException("bulk-ingest failed:\n" + ingester.output());
        }
        System.out.printf(
                Locale.ROOT,
                "stored %d articles in %.0f s in %s%n",
                articles,
                (System.nanoTime() - started) / 1e9,
                dataDir);
        return dataDir;
    }

    private static double p50(List<long[]> runs) {
        long[] all = runs.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return all[all.length / 2] / 1e6;
    }
}
