package org.claimgraph.api.graphql.runtime;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine set-up leans on SmallRye GraphQL's internals (its field fetcher's private fields, its query
 * strategy's class, its instrumentation chain). An upgrade that changes them would turn a speed-up or a limit
 * off without an error; these tests notice.
 */
@QuarkusTest
class EngineSpeedUpsTest {

    private GraphQLSetup.Installed installed;

    @BeforeEach
    void buildTheEngine() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ articles(first: 1) { totalCount } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data.articles.totalCount", notNullValue());
        installed = GraphQLSetup.installed().orElseThrow(() -> new AssertionError("no engine was built"));
    }

    @Test
    void shouldReadPlainRecordPropertiesWithoutSmallRyesPerFieldWork() {
        for (String field : new String[] {
            "Claim.text", "Claim.stance", "Edge_Claim.node", "Edge_Claim.cursor", "Actor.name", "PageInfo.hasNextPage"
        }) {
            assertTrue(
                    installed.directFields().contains(field),
                    field + " is read directly; direct fields: " + installed.directFields());
        }
    }

    @Test
    void shouldQueueTheParentsOfBatchedFieldsWithoutSmallRyesPerParentContext() {
        for (String field : new String[] {"Claim.speaker", "Claim.article", "District.claims", "Actor.claims"}) {
            assertTrue(
                    installed.batchedFields().contains(field),
                    field + " is queued directly; batched fields: " + installed.batchedFields());
        }
    }

    @Test
    void shouldLookFieldsUpWithoutMatchingSmallRyesEmptyBlockList() {
        assertTrue(installed.plainFieldVisibility(), "graphql-java's default field visibility is in place");
    }

    @Test
    void shouldMakeTheDataFetchersOfBatchedFieldsOnceNotPerRequest() {
        String nested = "{ claims(first: 2) { edges { node { speaker { name } article { title } } } } }";
        ask(nested);
        int made = ReusedDataFetchers.made();
        ask(nested);
        ask("{ actors(first: 2) { edges { node { claims(first: 1) { totalCount } } } } }");

        assertTrue(made > 0, "fetchers come from ReusedDataFetchers");
        assertEquals(made, ReusedDataFetchers.made(), "no fetcher is made for a later request");
    }

    private static void ask(String query) {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", query))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void shouldAnswerQueriesThroughTheResponseCacheStrategy() {
        assertTrue(installed.responseCacheStrategy(), "SmallRye's query strategy was replaced");
    }

    @Test
    void shouldKeepSmallRyesLimitsAndAddOursInOneInstrumentationChain() {
        for (String instrumentation : new String[] {
            "MaxQueryDepthInstrumentation",
            "MaxQueryComplexityInstrumentation",
            "FragmentExpansion",
            "IntLiterals",
            "NodeLimit",
            "ResponseSizeLimit",
            "ErrorCodes",
            "UsedDataLoaders"
        }) {
            assertTrue(
                    installed.instrumentations().contains(instrumentation),
                    instrumentation + " runs; the chain: " + installed.instrumentations());
        }
    }
}
