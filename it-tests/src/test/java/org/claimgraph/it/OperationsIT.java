package org.claimgraph.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator's probes and scrapers see: health and Prometheus metrics. */
@ExtendWith(SharedApp.class)
class OperationsIT {

    private final PackagedApp app;
    private final GraphQL graphql;

    OperationsIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    @Test
    void shouldReportLiveAndReadyWithTheDatabaseChecked() {
        given().baseUri(app.baseUri())
                .when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().baseUri(app.baseUri())
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldExposeGraphSizeIngestsAndRequestsAsPrometheusMetrics() {
        String before = metrics();
        graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(Articles.body("metrics")));
        graphql.query("article-count");

        String after = metrics();

        assertEquals(value(before, ARTICLES) + 1, value(after, ARTICLES), "the new article counted");
        assertTrue(value(after, CLAIMS) > value(before, CLAIMS), "its claims counted");
        assertEquals(value(before, STORED) + 1, value(after, STORED), "the ingest counted and timed");
        assertTrue(after.contains("http_server_requests_seconds_count{"), "requests counted and timed");
    }

    @Test
    void shouldCountTheSqlStatementsQueriesRun() {
        // a new article: no answer kept from before it is served again
        graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(Articles.body("sql-count")));
        // the ingest makes the next scrape count the graph's size with SQL; counted, it is kept a few seconds
        metrics();
        double first = value(metrics(), SQL);
        double second = value(metrics(), SQL);
        double perScrape = second - first;
        graphql.query("articles-page", Map.of("first", 1));
        graphql.query("articles-page", Map.of("first", 2));

        assertEquals(
                4,
                value(metrics(), SQL) - second - perScrape,
                "each page of articles with its total runs two statements: the page and the count");
    }

    private static final String ARTICLES = "claimgraph_graph_size\\{kind=\"articles\"}";
    private static final String CLAIMS = "claimgraph_graph_size\\{kind=\"claims\"}";
    private static final String STORED = "claimgraph_ingest_seconds_count\\{outcome=\"stored\"}";
    private static final String SQL = "claimgraph_sql_statements_total";

    private String metrics() {
        return given().baseUri(app.baseUri())
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        assertTrue(m.find(), () -> "no " + series + " in\n" + metrics);
        return Double.parseDouble(m.group(1));
    }
}
