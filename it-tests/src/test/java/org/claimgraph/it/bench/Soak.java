package org.claimgraph.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.it.JsonText;
import org.claimgraph.it.PackagedApp;

/**
 * Soak run (a program, not a test): starts the packaged app on a fresh database and, from several client
 * threads for a fixed time, mixes three queries with ingests of new articles and re-sends of ones already
 * stored. Prints errors (any non-200 answer or GraphQL error), p50/p99/max latency, the app's heap after a
 * full GC at the start and the end ({@code jcmd GC.run} and {@code GC.heap_info} on its process), and
 * checks that every acknowledged ingest is stored exactly once. Exits with 1 when any check fails.
 * <p>Run: {@code mvn -B -ntp package -DskipTests && mvn -B -ntp -pl it-tests test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.claimgraph.it.bench.Soak -Dexec.args="60 4"}
 * (seconds, client threads).
 */
public final class Soak {

    private static final String FLAT = "{ claims(first: 20) { edges { node { id text stance kind } } } }";
    private static final String NESTED = "{ districts(first: 5) { edges { node { name province { name }"
            + " claims(first: 10) { edges { node { text speaker { name title } } } } } } } }";
    private static final String SEARCH = "{ search(text: \\\"Kunduz\\\", first: 10) { score } }";
    private static final String INGEST =
            "mutation($b: String!) { ingestArticle(input: {body: $b, source: \\\"soak\\\"})"
                    + " { created article { title } } }";
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;
    private final String token;
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicInteger ingests = new AtomicInteger();
    private final AtomicInteger resends = new AtomicInteger();

    private Soak(PackagedApp app) {
        this.endpoint = app.baseUri() + "/graphql";
        this.token = app.ingestToken();
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        boolean passed;
        try (PackagedApp app = PackagedApp.start()) {
            Soak soak = new Soak(app);
            soak.send(FLAT, null); // warm the path once
            long heapStart = heapAfterGc(app.pid());
            long[] latencies = soak.run(seconds, threads);
            long heapEnd = heapAfterGc(app.pid());
            Arrays.sort(latencies);
            System.out.printf(
                    Locale.ROOT,
                    "%d s, %d client threads, %d cores: %d requests (%.0f/s), %d ingests,"
                            + " %d re-sends of stored articles%n",
                    seconds,
                    threads,
                    Runtime.getRuntime().availableProcessors(),
                    latencies.length,
                    latencies.length / (double) seconds,
                    soak.ingests.get(),
                    soak.resends.get());
            System.out.printf(
                    Locale.ROOT,
                    "latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    latencies[latencies.length / 2] / 1e6,
                    latencies[(int) (latencies.length * 0.99)] / 1e6,
                    latencies[latencies.length - 1] / 1e6);
            System.out.printf(
                    Locale.ROOT,
                    "app heap after full GC: %.1f MB at start, %.1f MB at end%n",
                    heapStart / 1024.0,
                    heapEnd / 1024.0);
            List<String> notOnce = soak.storedNotOnce();
            System.out.printf(
                    Locale.ROOT,
                    "errors: %d%s%n",
                    soak.errors.size(),
                    soak.errors.isEmpty() ? "" : ", first: " + soak.errors.peek());
            System.out.printf(
                    Locale.ROOT,
                    "acknowledged ingests stored exactly once: %d of %d%s%n",
                    soak.acknowledged.size() - notOnce.size(),
                    soak.acknowledged.size(),
                    notOnce.isEmpty() ? "" : ", not: " + notOnce.subList(0, Math.min(5, notOnce.size())));
            passed = soak.errors.isEmpty() && notOnce.isEmpty();
        }
        System.exit(passed ? 0 : 1);
    }

    private long[] run(int seconds, int threads) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> client(thread, deadline)));
        }
        long[] all = BenchSupport.merged(results);
        pool.shutdown();
        return all;
    }

    /** One client: mostly queries, one request in ten an ingest, one in fifty a re-send of a stored article. */
    private long[] client(int thread, long deadline) {
        Random random = new Random(thread);
        List<String> stored = new ArrayList<>();
        long[] latencies = new long[1 << 20];
        int n = 0;
        while (System.nanoTime() < deadline && n < latencies.length) {
            int pick = random.nextInt(50);
            long start = System.nanoTime();
            try {
                if (pick < 5) {
                    String title = "Soak Report " + thread + "-" + stored.size() + " on Calm in Test Region";
                    String body = article(title);
                    if (created(send(INGEST, Map.of("b", body)), true)) {
                        acknowledged.add(title);
                        stored.add(body);
                    }
                    ingests.incrementAndGet();
                } else if (pick == 5 && !stored.isEmpty()) {
                    created(send(INGEST, Map.of("b", stored.get(random.nextInt(stored.size())))), false);
                    resends.incrementAndGet();
                } else {
                    send(pick < 30 ? FLAT : pick < 40 ? NESTED : SEARCH, null);
                }
            } catch (Exception e) {
                errors.add(e.getMessage());
            }
            latencies[n++] = System.nanoTime() - start;
        }
        return Arrays.copyOf(latencies, n);
    }

    private boolean created(String answer, boolean expected) {
        boolean created = answer.contains("\"created\":true");
        if (created != expected) {
            errors.add("ingest answered created " + created + ", expected " + expected + ": " + answer);
        }
        return created;
    }

    /** Titles of acknowledged ingests that are not stored exactly once. */
    private List<String> storedNotOnce() throws Exception {
        Map<String, Integer> stored = new HashMap<>();
        Pattern title = Pattern.compile("\"title\":\"([^\"]*)\"");
        Pattern end = Pattern.compile("\"endCursor\":\"([^\"]+)\"");
        String after = null;
        while (true) {
            String page = send(
                    "query($a: String) { articles(first: 200, after: $a) { edges { node { title } }"
                            + " pageInfo { hasNextPage endCursor } } }",
                    after == null ? Map.of() : Map.of("a", after));
            Matcher titles = title.matcher(page);
            while (titles.find()) {
                stored.merge(titles.group(1), 1, Integer::sum);
            }
            Matcher cursor = end.matcher(page);
            if (!page.contains("\"hasNextPage\":true") || !cursor.find()) {
                break;
            }
            after = cursor.group(1);
        }
        return acknowledged.stream().filter(t -> stored.getOrDefault(t, 0) != 1).toList();
    }

    private static String article(String title) {
        return title + "\n\n\u201cThe market reopened this morning,\u201d said Gen. Karim Testwala, a spokesman for the"
                + " regional police in Kunduz, on Monday.\n\nResidents said the district had been quiet for a week.\n";
    }

    private String send(String query, Map<String, String> variables) throws Exception {
        StringBuilder body = new StringBuilder("{\"query\":\"").append(query).append('"');
        if (variables != null) {
            body.append(",\"variables\":{");
            variables.forEach((k, v) -> body.append(body.charAt(body.length() - 1) == '{' ? "" : ",")
                    .append('"')
                    .append(k)
                    .append("\":")
                    .append(JsonText.quote(v)));
            body.append('}');
        }
        body.append('}');
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(endpoint))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** The app's used heap in KB after a full collection, read with jcmd from this JDK. */
    private static long heapAfterGc(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, String.valueOf(pid), "GC.run");
        Matcher used = HEAP_USED.matcher(run(jcmd, String.valueOf(pid), "GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("no heap figure from jcmd GC.heap_info");
        }
        return Long.parseLong(used.group(1));
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
