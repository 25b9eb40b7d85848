package org.claimgraph.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Nested fields load in batches: the SQL a query costs does not grow with the rows it returns. */
@QuarkusTest
class BatchedLoadingTest {

    private static final String NESTED = """
            { districts(first: 20) { edges { node { name province { name } country { name }
                claims(first: 100) { edges { node { text evidence { text sentence article { title } }
                  speaker { name claims(first: 20) { totalCount edges { node { text about { name } } } } } } } } } } } }
            """;

    /** The claim explorer's places view: countries, their provinces, their districts, each with a count. */
    private static final String PLACE_TREE = """
            { locations(filter: { kind: COUNTRY }, first: 10) { edges { node { name claims(first: 0) { totalCount }
                children(first: 60) { edges { node { name claims(first: 0) { totalCount }
                  children(first: 60) { edges { node { name claims(first: 0) { totalCount } } } } } } } } } } }
            """;

    /** The lists under actors, districts, places and claims that grow with the graph, each a page read with its limit. */
    private static final String NESTED_LISTS = """
            { actors(first: 50) { edges { node { name articles(first: 200) { totalCount edges { node { title } } }
                quantities(first: 5) { totalCount edges { node { value unit } } }
                members(first: 5) { totalCount edges { node { name } } } locations(first: 5) { totalCount edges { node { name } } }
                claims(first: 20) { edges { node { contradictedBy(first: 5) { totalCount edges { node { text } } }
                  supportedBy(first: 5) { totalCount edges { node { text } } } } } } } } }
              districts(first: 20) { edges { node { name articles(first: 200) { totalCount edges { node { title } } }
                quantities(first: 5) { totalCount edges { node { value unit } } } } } }
              locations(first: 50) { edges { node { quantities(first: 5) { totalCount edges { node { value } } } } } } }
            """;

    @Inject
    IngestService ingest;

    @Inject
    @PersistenceUnitExtension("h2")
    SqlStatementMetrics sql;

    @Test
    void shouldRunTheSameNumberOfStatementsForTwiceTheArticles() {
        ingestArticles(0, 25);
        Measured few = measure();
        ingestArticles(25, 50);
        Measured many = measure();

        assertTrue(many.rows() > few.rows(), "the second query returns more claims: " + few + " " + many);
        assertTrue(few.statements() > 0, "the query ran: " + few);
        assertEquals(few.statements(), many.statements(), "statements for " + few + " and for " + many);
    }

    @Test
    void shouldReadTheNestedListsInTheSameNumberOfStatementsForTwiceTheArticles() {
        ingestArticles(100, 116); // bodies no other test stores: the lists grow whatever ran before
        Measured few = measure(NESTED_LISTS, "\"title\"");
        ingestArticles(116, 132);
        Measured many = measure(NESTED_LISTS, "\"title\"");

        assertTrue(many.rows() > few.rows(), "the second answer lists more articles: " + few + " " + many);
        assertTrue(few.statements() > 0, "the query ran: " + few);
        assertEquals(few.statements(), many.statements(), "statements for " + few + " and for " + many);
    }

    @Test
    void shouldLoadThePlaceTreeInTheSameNumberOfStatementsForMorePlaces() {
        ingest.ingest(ArticleSubmission.ofBody(placesReport("Nad Ali district of Helmand province")));
        Measured few = measure(PLACE_TREE, "\"name\"");
        ingest.ingest(ArticleSubmission.ofBody(placesReport("Bagram district of Parwan province, in Jalalabad"
                + " district of Nangarhar province and in Musa Qala district of Helmand province")));
        Measured many = measure(PLACE_TREE, "\"name\"");

        assertTrue(many.rows() > few.rows(), "the second tree holds more places: " + few + " " + many);
        assertTrue(few.statements() > 0, "the query ran: " + few);
        assertEquals(few.statements(), many.statements(), "statements for " + few + " and for " + many);
    }

    @Test
    void shouldReadAliasesOnlyForTheFieldsThatAskForThem() {
        ingestArticles(0, 5);
        String without = "{ districts { edges { node { name province { name }"
                + " claims(first: 5) { edges { node { speaker { name } } } } } } } }";
        String with = "{ districts { edges { node { name aliases province { name aliases }"
                + " claims(first: 5) { edges { node { speaker { ...names } } } } } } } }"
                + " fragment names on Actor { name aliases }";

        Measured lean = measure(without, "\"speaker\"");
        Measured aliased = measure(with, "\"speaker\"");

        assertEquals(lean.rows(), aliased.rows(), "the same claims: " + lean + " " + aliased);
        assertEquals(
                lean.statements() + 3,
                aliased.statements(),
                "one statement each for the aliases of districts, provinces and speakers: " + lean + " " + aliased);
    }

    @Test
    void shouldReadArticleBodiesOnlyWhenAskedAndAllInOneStatement() {
        ingestArticles(0, 6);
        String titles = "{ articles(first: 6) { edges { node { title } } } }";
        String bodies = "{ articles(first: 6) { edges { node { title body } } } }";

        Measured lean = measure(titles, "\"title\"");
        Measured full = measure(bodies, "\"body\"");

        assertEquals(6, full.rows(), "six bodies: " + full);
        assertEquals(
                lean.statements() + 1, full.statements(), "one statement for all six bodies: " + lean + " " + full);
    }

    private static String placesReport(String where) {
        return "Fighting Reported Across Provinces\n\n\u201cThe clashes went on all night,\u201d said Gen. Zia Durrani,"
                + " a police spokesman, of the fighting in " + where + ".\n";
    }

    /** The statements one query costs, and how many times {@code marker} occurs in its answer. */
    private record Measured(long statements, int rows) {}

    private Measured measure() {
        return measure(NESTED, "\"evidence\"");
    }

    private Measured measure(String query, String marker) {
        long before = sql.count();
        String body = given().contentType(ContentType.JSON)
                .body(Map.of("query", query))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue())
                .extract()
                .asString();
        int rows = body.split(marker, -1).length - 1;
        return new Measured(sql.count() - before, rows);
    }

    private void ingestArticles(int from, int to) {
        for (int i = from; i < to; i++) {
            ingest.ingest(ArticleSubmission.ofBody(SampleArticles.districtReport(i)));
        }
    }
}
