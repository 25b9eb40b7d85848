package org.claimgraph.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away while the app runs and comes back: readiness turns DOWN and back UP, clients get
 * a clear error meanwhile, and the app recovers by itself with every acknowledged ingest kept. Runs in
 * the PostgreSQL pass of the suite, on a server of its own that it can stop.
 */
class DatabaseOutageIT {

    @Test
    void shouldAnswerClearlyWhileTheDatabaseIsDownAndRecoverWhenItReturns() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("claimgraph.it.database")), "a PostgreSQL test");
        Path dataDir = PackagedApp.freshDataDir();
        int port = freePort();
        EmbeddedPostgres database = startPostgres(dataDir.resolve("pg"), port);
        Map<String, String> environment = Map.of(
                "QUARKUS_PROFILE",
                "pg",
                "CLAIMGRAPH_CORPUS_LOAD",
                "false",
                "CLAIMGRAPH_DB_URL",
                "jdbc:postgresql://localhost:" + port + "/postgres",
                "CLAIMGRAPH_DB_USER",
                "postgres");
        try (PackagedApp app = PackagedApp.start(dataDir, environment)) {
            GraphQL graphql = new GraphQL(app);
            String before = ingest(graphql, app, "before the outage").getString("data.ingestArticle.article.id");
            assertNotNull(before);

            database.close();
            awaitTrue(() -> readiness(app) == 503, "readiness DOWN once the database is gone");
            JsonPath query = graphql.query("article-count").extract().jsonPath();
            assertEquals("DATABASE_UNAVAILABLE", query.getString("errors[0].extensions.code"), query.prettify());
            assertFalse(query.prettify().contains("Exception"), query.prettify());
            JsonPath refused = ingest(graphql, app, "during the outage");
            assertEquals("DATABASE_UNAVAILABLE", refused.getString("errors[0].extensions.code"), refused.prettify());

            database = startPostgres(dataDir.resolve("pg"), port);
            awaitTrue(() -> readiness(app) == 200, "readiness UP once the database is back");
            assertEquals(
                    1,
                    graphql.query("article-count").extract().jsonPath().getInt("data.articles.totalCount"),
                    "the acknowledged ingest is kept, the refused one is not stored");
            assertEquals(true, ingest(graphql, app, "after the outage").getBoolean("data.ingestArticle.created"));
        } finally {
            database.close();
        }
    }

    private static JsonPath ingest(GraphQL graphql, PackagedApp app, String tag) {
        return graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(Articles.body(tag)))
                .extract()
                .jsonPath();
    }

    private static int readiness(PackagedApp app) {
        return given().baseUri(app.baseUri())
                .when()
                .get("/q/health/ready")
                .then()
                .extract()
                .statusCode();
    }

    private static EmbeddedPostgres startPostgres(Path directory, int port) throws IOException {
        Files.createDirectories(directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("never: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
