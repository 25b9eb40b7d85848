package org.claimgraph.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lists under an actor, a district and a claim that grow with the graph are pages: a client walks the
 * articles that name a spokesman or a district, the figures placed in the district, and the claims that
 * contradict or support a claim, page by page, sees each once and as many as {@code totalCount} says, and a page larger than the cap is refused.
 */
@ExtendWith(SharedApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NestedPagesIT {

    /** Bulletins 0 to 2 assert that one group fights another, 3 and 4 deny it; each names the spokesman and the district. */
    private static final int BULLETINS = 5;

    private static final int ASSERTING = 3;

    private final PackagedApp app;
    private final GraphQL graphql;

    NestedPagesIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    private static String bulletin(int n) {
        String claim = n < ASSERTING
                ? "Police spokesman Col. Farid Amanzai said on Tuesday that Lashkar-e-Taiba is fighting"
                        + " Jaish-e-Mohammed near the border."
                : "Lashkar-e-Taiba spokesman Abdul Qayum said on Tuesday that Lashkar-e-Taiba is not fighting"
                        + " Jaish-e-Mohammed.";
        return "Roads Reopen Near Shindand, Bulletin " + (n + 1) + "\n\n"
                + "\u201cThe roads in Shindand district are open again and " + (n + 3)
                + " families have returned,\u201d said"
                + " Col. Farid Amanzai, a police spokesman, on Monday.\n\n"
                + claim + "\n";
    }

    @BeforeAll
    void ingestTheBulletins() {
        for (int n = 0; n < BULLETINS; n++) {
            graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(bulletin(n)))
                    .body("errors", nullValue());
        }
    }

    @Test
    void shouldWalkTheArticlesThatNameASpokesmanPageByPage() {
        List<String> titles = walk(
                (first, after) -> graphql.query("actor-articles", variables("Amanzai", first, after)),
                "data.actors.edges[0].node.articles");

        assertEquals(BULLETINS, titles.size(), "each bulletin once: " + titles);
        assertEquals(BULLETINS, new HashSet<>(titles).size(), "no bulletin twice: " + titles);
    }

    @Test
    void shouldWalkTheArticlesThatNameADistrictPageByPage() {
        List<String> titles = walk(
                (first, after) -> graphql.query("district-articles", variables("Shindand", first, after)),
                "data.districts.edges[0].node.articles");

        assertEquals(BULLETINS, titles.size(), "each bulletin once: " + titles);
        assertEquals(BULLETINS, new HashSet<>(titles).size(), "no bulletin twice: " + titles);
    }

    @Test
    void shouldWalkThePlacesOfASpokesmansClaimsPageByPage() {
        List<String> places = walk(
                (first, after) -> graphql.query("actor-locations", variables("Amanzai", first, after)),
                "data.actors.edges[0].node.locations");
        List<String> names = graphql.query("actor-locations", variables("Amanzai", 20, null))
                .extract()
                .path("data.actors.edges[0].node.locations.edges.node.name");

        assertEquals(places.size(), new HashSet<>(places).size(), "each place once: " + places);
        assertTrue(names.contains("Shindand"), "the district of the quotes: " + names);
    }

    @Test
    void shouldWalkTheFiguresPlacedInADistrictPageByPage() {
        List<String> figures = walk(
                (first, after) -> graphql.query("district-quantities", variables("Shindand", first, after)),
                "data.districts.edges[0].node.quantities");

        assertEquals(BULLETINS, figures.size(), "the families of each bulletin once: " + figures);
        assertEquals(BULLETINS, new HashSet<>(figures).size(), "no figure twice: " + figures);
    }

    @Test
    void shouldWalkTheClaimsThatContradictADenialAndThoseThatSupportIt() {
        String denial = "data.actors.edges[0].node.claims.edges[0].node.";
        List<String> against = walk(
                (first, after) -> graphql.query("claim-sides", sides("Abdul Qayum", "DENIES", first, after, null)),
                denial + "contradictedBy");
        List<String> with = walk(
                (first, after) -> graphql.query("claim-sides", sides("Abdul Qayum", "DENIES", first, null, after)),
                denial + "supportedBy");

        assertEquals(ASSERTING, against.size(), "the three assertions: " + against);
        assertEquals(ASSERTING, new HashSet<>(against).size(), "each once: " + against);
        assertEquals(BULLETINS - ASSERTING - 1, with.size(), "the other denial, not the claim itself: " + with);
    }

    @Test
    void shouldListTheOtherSideOfAnAssertion() {
        JsonPath answer = graphql.query("claim-sides", sides("Amanzai", "ASSERTS", null, null, null))
                .body("errors", nullValue())
                .extract()
                .jsonPath();
        String claim = "data.actors.edges[0].node.claims.edges.find { it.node.contradictedBy.totalCount > 0 }.node.";

        assertEquals(BULLETINS - ASSERTING, answer.getInt(claim + "contradictedBy.totalCount"), answer.prettify());
        assertEquals(
                List.of("DENIES", "DENIES"),
                answer.getList(claim + "contradictedBy.edges.node.stance"),
                answer.prettify());
        assertEquals(ASSERTING - 1, answer.getInt(claim + "supportedBy.totalCount"), answer.prettify());
        assertFalse(
                answer.getList(claim + "supportedBy.edges.node.id").contains(answer.getString(claim + "id")),
                "a claim does not support itself: " + answer.prettify());
    }

    @Test
    void shouldRefuseANestedPageLargerThanTheCap() {
        graphql.query("actor-articles", variables("Amanzai", 201, null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("first must be between 0 and 200, was 201"));
        graphql.query("district-articles", variables("Shindand", 201, null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql.query("district-quantities", variables("Shindand", 201, null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphql.query("claim-sides", sides("Abdul Qayum", "DENIES", 201, null, null))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    /**
     * The node ids of every page of two of the connection at {@code path}, checking each page against the
     * connection's total and its next-page flag.
     */
    private List<String> walk(
            BiFunction<Integer, String, io.restassured.response.ValidatableResponse> page, String path) {
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 20; pages++) {
            JsonPath answer =
                    page.apply(2, after).body("errors", nullValue()).extract().jsonPath();
            assertNull(answer.get("errors"), answer.prettify());
            List<String> ids = answer.getList(path + ".edges.node.id");
            assertTrue(ids.size() <= 2, "at most first nodes a page: " + answer.prettify());
            seen.addAll(ids);
            if (!answer.getBoolean(path + ".pageInfo.hasNextPage")) {
                assertEquals(answer.getInt(path + ".totalCount"), seen.size(), "as many as the total: " + seen);
                return seen;
            }
            after = answer.getString(path + ".pageInfo.endCursor");
        }
        throw new AssertionError("more than 20 pages at " + path);
    }

    private static Map<String, Object> variables(String name, Integer first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", name);
        variables.put("first", first);
        variables.put("after", after);
        return variables;
    }

    private static Map<String, Object> sides(
            String speaker, String stance, Integer first, String afterAgainst, String afterFor) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("speaker", speaker);
        variables.put("stance", stance);
        variables.put("first", first);
        variables.put("afterAgainst", afterAgainst);
        variables.put("afterFor", afterFor);
        return variables;
    }
}
