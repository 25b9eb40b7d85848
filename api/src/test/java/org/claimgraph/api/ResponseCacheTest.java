package org.claimgraph.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.claimgraph.api.intake.ArticleSubmission;
import org.claimgraph.api.intake.IngestService;
import org.claimgraph.api.operations.SqlStatementMetrics;
import org.junit.jupiter.api.Test;

/** A query asked again is answered without running it, and never with an answer older than the last ingest. */
@QuarkusTest
class ResponseCacheTest {

    private static final String TITLES =
            "query($n: Int) { articles(first: $n, order: NEWEST_FIRST) { totalCount" + " edges { node { title } } } }";

    @Inject
    IngestService ingest;

    @Inject
    @PersistenceUnitExtension("h2")
    SqlStatementMetrics sql;

    @Test
    void shouldAnswerTheSameQueryAgainWithoutSqlUntilAnArticleIsStored() {
        ingest.ingest(ArticleSubmission.ofBody(SampleArticles.districtReport(700)));
        String first = titles(5);

        long before = sql.count();
        String again = titles(5);
        assertEquals(first, again);
        assertEquals(before, sql.count(), "asked again: no statement");

        ingest.ingest(ArticleSubmission.ofBody(SampleArticles.districtReport(701)));
        long afterIngest = sql.count();
        String after = titles(5);
        assertTrue(after.contains("(report 701)"), "the article just stored is listed: " + after);
        assertTrue(sql.count() > afterIngest, "executed again after the ingest");
    }

    @Test
    void shouldKeepOneAnswerForEachSetOfVariables() {
        ingest.ingest(ArticleSubmission.ofBody(SampleArticles.districtReport(702)));
        ingest.ingest(ArticleSubmission.ofBody(SampleArticles.districtReport(703)));

        String one = titles(1);
        String two = titles(2);

        assertNotEquals(one, two);
        assertEquals(one, titles(1));
        assertEquals(1, one.split("\"title\"", -1).length - 1, one);
        assertEquals(2, two.split("\"title\"", -1).length - 1, two);
    }

    private static String titles(int n) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", TITLES, "variables", Map.of("n", n)))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .extract()
                .asString();
    }
}
