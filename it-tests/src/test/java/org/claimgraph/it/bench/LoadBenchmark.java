package org.claimgraph.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.it.JsonText;
import org.claimgraph.it.PackagedApp;

/**
 * Load benchmark (a program, not a test): starts the packaged app on a fresh database, ingests a
 * generated corpus (the corpus articles with places, names and numbers varied), then drives three
 * canonical queries from several client threads for a fixed time each, after as long a warm-up (the
 * app's JIT compiles the paths the query takes), and prints requests/s, p50/p99 latency and the SQL
 * statements per request (from the app's {@code claimgraph_sql_statements_total}) per query. It does so
 * twice on the same data: with the app's response cache off (every request executed), then on.
 * <p>Run: {@code mvn -B -ntp package -DskipTests && mvn -B -ntp -pl it-tests test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.claimgraph.it.bench.LoadBenchmark
 * -Dexec.args="500 4 15"} (articles, client threads, seconds per query).
 * <p>With {@code -Dclaimgraph.bench.url=http://host:port} it drives an app already running there instead,
 * ingesting the articles with the token in {@code CLAIMGRAPH_INGEST_TOKEN} (0 articles: drive the data it has).
 * {@code -Dclaimgraph.bench.queries=flat,nested,actor} chooses the queries.
 * <p>With {@code -Dclaimgraph.bench.heavy=50000} the graph is heavy-tailed: one spokesman is also quoted in that
 * many claims ({@link HeavyTail}), and the benchmark compares a page of 20 of his claims with a page of a small
 * actor's ({@code actor-pages}): a page should cost the same whatever the size of the list it is cut from.
 */
public final class LoadBenchmark {

    private static final String[][] PLACES = {
        {"Kunduz", "Imam Saheb"},
        {"Takhar", "Darqad"},
        {"Badakhshan", "Baharak"},
        {"Balkh", "Dawlatabad"},
        {"Nangarhar", "Momand Dara"},
        {"Helmand", "Nad Ali"},
        {"Kandahar", "Arghandab"},
        {"Herat", "Shindand"},
        {"Faryab", "Qaysar"},
        {"Baghlan", "Nahrin"}
    };
    private static final String[] GIVEN = {"Karim", "Nadir", "Jamil", "Hakim", "Latif", "Bashir", "Salim", "Wali"};
    private static final String[] FAMILY = {"Baktash", "Sorkhabi", "Torwali", "Parsa", "Rowshan", "Naseri"};
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{2,4}\\b");

    static final String FLAT = "{ claims(first: 20) { edges { node { id text stance kind } } } }";
    static final String NESTED = "{ districts(first: 20) { edges { node { name province { name }"
            + " claims(first: 20) { edges { node { text speaker { name title } } } } } } } }";
    private static final String ACTOR = "query($id: ID!) { actor(id: $id) { name claims(first: 20) { edges { node {"
            + " text dispute { proposition assertions { edges { node { text } } } denials { edges { node { text } } } } } } } } }";

    private static final int PAGE = 20;
    static final String ACTOR_PAGE = "query($id: ID!) { actor(id: $id) { name claims(first: " + PAGE + ") {"
            + " edges { node { text article { title } } } } } }";

    private static final Pattern ACTOR_CLAIMS =
            Pattern.compile("\"id\":\"(\\d+)\",\"claims\":\\{\"totalCount\":(\\d+)}");

    private static final Pattern SQL_STATEMENTS =
            Pattern.compile("(?m)^claimgraph_sql_statements_total(?:\\{[^}]*})? (\\S+)$");

    // HTTP/1.1 with keep-alive, a connection per client thread, as browsers talk to a plain-http server. Java's
    // client would otherwise send every thread's requests over one HTTP/2 connection, and the server runs
    // all of a connection's requests on one event-loop thread: one core of two.
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUri;
    private final String endpoint;

    LoadBenchmark(String baseUri) {
        this.baseUri = baseUri;
        this.endpoint = baseUri + "/graphql";
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        List<String> templates = templates(PackagedApp.projectPath("claimgraph.corpus.dir", "corpus"));
        String running = System.getProperty("claimgraph.bench.url");
        if (running != null) {
            new LoadBenchmark(running)
                    .run(System.getenv("CLAIMGRAPH_INGEST_TOKEN"), templates, articles, threads, seconds);
            return;
        }
        Path dataDir = PackagedApp.freshDataDir();
        System.out.println("== response cache off: every request executed");
        try (PackagedApp app = PackagedApp.start(dataDir, Map.of("CLAIMGRAPH_RESPONSE_CACHE_TTL", "0"))) {
            new LoadBenchmark(app.baseUri()).run(app.ingestToken(), templates, articles, threads, seconds);
        }
        System.out.println("== response cache on (the default): a query asked again within 2 s is not executed");
        try (PackagedApp app = PackagedApp.start(dataDir, Map.of("CLAIMGRAPH_CORPUS_LOAD", "false"))) {
            new LoadBenchmark(app.baseUri()).run(app.ingestToken(), templates, 0, threads, seconds);
        }
    }

    private void run(String token, List<String> templates, int articles, int threads, int seconds) throws Exception {
        long started = System.nanoTime();
        Random random = new Random(42);
        for (int i = 0; i < articles; i++) {
            ingest(token, vary(templates.get(i % templates.size()), i, random));
        }
        System.out.printf(
                Locale.ROOT,
                "ingested %d articles in %.1f s (%.1f articles/s)%n",
                articles,
                (System.nanoTime() - started) / 1e9,
                articles / ((System.nanoTime() - started) / 1e9));
        int heavy = Integer.getInteger("claimgraph.bench.heavy", 0);
        if (heavy > 0 && articles > 0) { // 0 articles: the data is already there
            long heavyStart = System.nanoTime();
            List<String> texts = HeavyTail.articles(heavy);
            for (String text : texts) {
                ingest(token, text);
            }
            System.out.printf(
                    Locale.ROOT,
                    "ingested %d articles quoting %s in %.1f s%n",
                    texts.size(),
                    HeavyTail.SPEAKER,
                    (System.nanoTime() - heavyStart) / 1e9);
        }
        drive(threads, seconds);
    }

    private void drive(int threads, int seconds) throws Exception {
        String actorId = firstActorId();
        System.out.printf(
                Locale.ROOT,
                "%d client threads, %d s per query after %d s of warm-up, machine: %d cores%n",
                threads,
                seconds,
                seconds,
                Runtime.getRuntime().availableProcessors());
        List<String> chosen = List.of(System.getProperty("claimgraph.bench.queries", "flat,nested,actor")
                .split(","));
        if (chosen.contains("flat")) {
            drive("flat claims page", FLAT, "{}", threads, seconds);
        }
        if (chosen.contains("nested")) {
            drive("nested district query", NESTED, "{}", threads, seconds);
        }
        if (chosen.contains("actor")) {
            drive("actor with claims and disputes", ACTOR, "{\"id\":\"" + actorId + "\"}", threads, seconds);
        }
        if (chosen.contains("actor-pages") || Integer.getInteger("claimgraph.bench.heavy", 0) > 0) {
            comparePages(threads, seconds);
        }
    }

    /**
     * p50 of a page of 20 claims of the actor with the most claims, next to that of the actor with the fewest
     * that still fill a page (20), so that both answers are the same size.
     */
    private void comparePages(int threads, int seconds) throws Exception {
        long[] top = actorWithClaims(true);
        long[] small = actorWithClaims(false);
        double topP50 = drive(
                "page of the top actor (" + top[1] + " claims)",
                ACTOR_PAGE,
                "{\"id\":\"" + top[0] + "\"}",
                threads,
                seconds);
        double smallP50 = drive(
                "page of a small actor (" + small[1] + " claims)",
                ACTOR_PAGE,
                "{\"id\":\"" + small[0] + "\"}",
                threads,
                seconds);
        System.out.printf(
                Locale.ROOT,
                "top actor's page / small actor's page, p50: %.2fx (target at most 1.5x)%n",
                topP50 / smallP50);
    }

    /**
     * The id and claim count of the actor (among the first 200) with the most claims, or with the fewest that
     * still fill a page.
     */
    long[] actorWithClaims(boolean most) throws Exception {
        Matcher actor = ACTOR_CLAIMS.matcher(send("{\"query\":\"{ actors(first: 200) { edges { node { id"
                + " claims(first: 0) { totalCount } } } } }\"}"));
        long[] chosen = null;
        while (actor.find()) {
            long[] found = {Long.parseLong(actor.group(1)), Long.parseLong(actor.group(2))};
            boolean better = chosen == null || (most ? found[1] > chosen[1] : found[1] < chosen[1]);
            if (found[1] >= PAGE && better) {
                chosen = found;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no actor with a full page of claims stored");
        }
        return chosen;
    }

    /** Drives the query and prints its figures; returns its p50 in milliseconds. */
    private double drive(String name, String query, String variables, int threads, int seconds) throws Exception {
        String body = "{\"query\":" + JsonText.quote(query) + ",\"variables\":" + variables + "}";
        load(body, threads, seconds); // warm-up: the same load, not measured
        double statementsBefore = sqlStatements();
        long[] all = load(body, threads, seconds);
        double statements = sqlStatements() - statementsBefore;
        Arrays.sort(all);
        System.out.printf(
                Locale.ROOT,
                "%-32s %8.0f req/s   p50 %6.2f ms   p99 %6.2f ms   %5.1f SQL statements/request   (%d requests)%n",
                name,
                all.length / (double) seconds,
                all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6,
                statements / all.length,
                all.length);
        return all[all.length / 2] / 1e6;
    }

    /** Latencies (ns) of the requests {@code threads} clients send back to back for {@code seconds}. */
    long[] load(String body, int threads, int seconds) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < deadline && n < latencies.length) {
                    long start = System.nanoTime();
                    send(body);
                    latencies[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long[] all = BenchSupport.merged(results);
        pool.shutdown();
        return all;
    }

    private double sqlStatements() throws Exception {
        HttpResponse<String> metrics = http.send(
                HttpRequest.newBuilder(URI.create(baseUri + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher value = SQL_STATEMENTS.matcher(metrics.body());
        if (!value.find()) {
            throw new IllegalStateException("no claimgraph_sql_statements_total in " + baseUri + "/q/metrics");
        }
        return Double.parseDouble(value.group(1));
    }

    private String send(String body) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("request failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private void ingest(String token, String article) throws Exception {
        String body = "{\"query\":\"mutation($b: String!) { ingestArticle(input: {body: $b}) { created } }\","
                + "\"variables\":{\"b\":" + JsonText.quote(article) + "}}";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(endpoint))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.body().contains("\"errors\"")) {
            throw new IllegalStateException("ingest failed: " + response.body());
        }
    }

    private String firstActorId() throws Exception {
        Matcher id = Pattern.compile("\"id\":\"(\\d+)\"")
                .matcher(
                        send(
                                "{\"query\":\"{ actors(first: 1, filter: {kind: ORGANIZATION}) { edges { node { id } } } }\"}"));
        if (!id.find()) {
            throw new IllegalStateException("no organisation stored");
        }
        return id.group(1);
    }

    static List<String> templates(Path corpus) throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /** The template with its first province and district, its people and its numbers swapped. */
    static String vary(String template, int n, Random random) {
        String[] place = PLACES[n % PLACES.length];
        String text = template.replace("Kunduz", place[0]).replace("Imam Saheb", place[1]);
        for (String person : new String[] {"Imamuddin Quraishi", "Wahid Muzhda", "Joseph Votel"}) {
            text = text.replace(
                    person, GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)]);
        }
        Matcher numbers = NUMBER.matcher(text);
        StringBuilder varied = new StringBuilder();
        while (numbers.find()) {
            numbers.appendReplacement(varied, String.valueOf(10 + random.nextInt(900)));
        }
        numbers.appendTail(varied);
        return varied + "\n(Report " + n + ")\n";
    }
}
