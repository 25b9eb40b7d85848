package org.claimgraph.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.it.BulkIngester;
import org.claimgraph.it.JsonText;
import org.claimgraph.it.PackagedApp;
import org.claimgraph.it.TestDatabase;

/**
 * Prints PostgreSQL's plan for every SQL statement the canonical queries (a flat page of claims, the
 * nested district query, an actor with its claims and disputes) run, on a graph of generated articles,
 * and flags sequential scans of tables that grow with the corpus. Run with
 * {@code -Dclaimgraph.it.database=postgresql}; argument: articles (default 500).
 */
public final class QueryPlans {

    private static final Pattern SQL_LINE = Pattern.compile("\\[org\\.hibernate\\.SQL] \\([^)]*\\) (.+)$");
    private static final Set<String> GROWING = Set.of(
            "claim",
            "mention",
            "quantity",
            "claim_about",
            "claim_location",
            "article",
            "actor",
            "location",
            "actor_alias",
            "location_alias",
            "proposition");

    private QueryPlans() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        TestDatabase database = TestDatabase.configured();
        if (!database.name().equals("PostgreSQL")) {
            throw new IllegalStateException("run with -Dclaimgraph.it.database=postgresql");
        }
        Path dataDir = PackagedApp.freshDataDir();
        Path folder = dataDir.resolve("articles");
        BenchSupport.writeGeneratedArticles(folder, articles, 11);
        if (BulkIngester.start(dataDir, folder).exitCode() != 0) {
            throw new IllegalStateException("bulk ingest failed");
        }
        Path sqlLogging = Files.writeString(
                dataDir.resolve("sql-logging.properties"), "quarkus.log.category.\"org.hibernate.SQL\".level=DEBUG\n");
        Map<String, String> environment = Map.of(
                "CLAIMGRAPH_CORPUS_LOAD",
                "false",
                "QUARKUS_CONFIG_LOCATIONS",
                sqlLogging.toUri().toString());
        Set<String> statements = new LinkedHashSet<>();
        try (PackagedApp app = PackagedApp.start(dataDir, environment)) {
            long skip = Files.size(app.logFile());
            HttpClient http = HttpClient.newHttpClient();
            String actorId = firstId(
                    post(http, app, "{ actors(first: 1, filter: {kind: ORGANIZATION}) { edges { node { id } } } }"));
            post(http, app, "{ claims(first: 20) { edges { node { id text stance kind } } } }");
            post(
                    http,
                    app,
                    "{ districts(first: 20) { edges { node { name province { name } claims(first: 20) { edges { node {"
                            + " text speaker { name title } } } } } } } }");
            post(
                    http,
                    app,
                    "{ actor(id: \"" + actorId + "\") { name claims(first: 20) { edges { node { text dispute {"
                            + " proposition assertions { edges { node { text } } } denials { edges { node { text } } } } } } } } }");
            byte[] log = Files.readAllBytes(app.logFile());
            for (String line :
                    new String(log, (int) skip, (int) (log.length - skip), StandardCharsets.UTF_8).split("\n")) {
                Matcher m = SQL_LINE.matcher(line);
                if (m.find() && m.group(1).strip().startsWith("select")) {
                    statements.add(m.group(1).strip());
                }
            }
        }
        // the simple protocol lets the server see $1, $2 as the generic plan's parameters
        String url = database.environmentFor(dataDir).get("CLAIMGRAPH_DB_URL") + "?preferQueryMode=simple";
        int seqScans = 0;
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement analyze = connection.createStatement()) {
            analyze.execute("ANALYZE");
            for (String sql : statements) {
                System.out.println("\n" + sql);
                try (ResultSet plan = analyze.executeQuery("EXPLAIN (GENERIC_PLAN) " + numbered(sql))) {
                    while (plan.next()) {
                        String step = plan.getString(1);
                        boolean flagged = isGrowingSeqScan(step);
                        seqScans += flagged ? 1 : 0;
                        System.out.println((flagged ? "  !! " : "     ") + step);
                    }
                }
            }
        }
        System.out.printf(
                "%n%d statements, %d sequential scans of growing tables (%d articles)%n",
                statements.size(), seqScans, articles);
        System.exit(0);
    }

    private static boolean isGrowingSeqScan(String step) {
        Matcher m = Pattern.compile("Seq Scan on (\\w+)").matcher(step);
        return m.find() && GROWING.contains(m.group(1));
    }

    /** Hibernate's {@code ?} placeholders as PostgreSQL's {@code $1, $2, ...}, for a generic plan. */
    private static String numbered(String sql) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            out.append(c == '?' ? "$" + ++n : String.valueOf(c));
        }
        return out.toString();
    }

    private static String post(HttpClient http, PackagedApp app, String query) throws Exception {
        String body = "{\"query\":" + JsonText.quote(query) + "}";
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(app.baseUri() + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException(response.body());
        }
        return response.body();
    }

    private static String firstId(String body) {
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no organisation: " + body);
        }
        return id.group(1);
    }
}
