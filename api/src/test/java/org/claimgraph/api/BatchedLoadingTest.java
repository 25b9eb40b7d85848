package org.claimgraph.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.claimgraph.api.ingest.ArticleSubmission;
import org.claimgraph.api.ingest.IngestService;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Nested fields load in batches: the SQL a query costs does not grow with the rows it returns. */
@QuarkusTest
class BatchedLoadingTest {

    private static final String NESTED = """
            { districts(first: 200) { edges { node { name province { name } country { name }
                claims(first: 200) { edges { node { text evidence { text sentence article { title } }
                  speaker { name claims(first: 200) { totalCount edges { node { text about { name } } } } } } } } } } } }
            """;

    @Inject
    IngestService ingest;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldRunTheSameNumberOfStatementsForTwiceTheArticles() {
        ingestArticles(0, 25);
        Measured few = measure();
        ingestArticles(25, 50);
        Measured many = measure();

        assertTrue(many.claims() > few.claims(), "the second query returns more claims: " + few + " " + many);
        assertEquals(few.statements(), many.statements(), "statements for " + few + " and for " + many);
    }

    private record Measured(long statements, int claims) {
    }

    private Measured measure() {
        Statistics statistics = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        String body = given().contentType(ContentType.JSON).body(Map.of("query", NESTED))
                .when().post("/graphql")
                .then().statusCode(200).body("errors", nullValue())
                .extract().asString();
        int claims = body.split("\"evidence\"", -1).length - 1;
        return new Measured(statistics.getPrepareStatementCount(), claims);
    }

    private void ingestArticles(int from, int to) {
        for (int i = from; i < to; i++) {
            ingest.ingest(ArticleSubmission.ofBody(SampleArticles.districtReport(i)));
        }
    }
}
