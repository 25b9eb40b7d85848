package org.claimgraph.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
        given().baseUri(app.baseUri()).when().get("/q/health/live").then().statusCode(200)
                .body("status", equalTo("UP"));
        given().baseUri(app.baseUri()).when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void shouldExposeGraphSizeIngestsAndRequestsAsPrometheusMetrics() {
        graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(Articles.body("metrics")));
        graphql.query("article-count");

        String metrics = metrics();

        assertTrue(value(metrics, "claimgraph_graph_size\\{kind=\"articles\"}") >= 2, "articles stored");
        assertTrue(value(metrics, "claimgraph_graph_size\\{kind=\"claims\"}") >= 1, "claims stored");
        assertTrue(value(metrics, "claimgraph_ingest_seconds_count\\{outcome=\"stored\"}") >= 1, "ingests counted");
        assertTrue(metrics.contains("http_server_requests_seconds_count{"), "requests counted and timed");
    }

    @Test
    void shouldCountTheSqlStatementsQueriesRun() {
        // a new article: no answer kept from before it is served again
        graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(Articles.body("sql-count")));
        double before = value(metrics(), "claimgraph_sql_statements_total");
        graphql.query("articles-page", Map.of("first", 1));
        graphql.query("articles-page", Map.of("first", 2));

        assertTrue(value(metrics(), "claimgraph_sql_statements_total") >= before + 2,
                "each query runs at least one statement");
    }

    private String metrics() {
        return given().baseUri(app.baseUri()).when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(metrics);
        assertTrue(m.find(), () -> "no " + series + " in\n" + metrics);
        return Double.parseDouble(m.group(1));
    }
}
