package org.claimgraph.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.claimgraph.it.RawRequest.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limits on what one query may cost: the worst-case nodes it may return (checked before it runs), the
 * time it may run and the size of its answer. Over each, the client gets data null and an error with
 * {@code extensions.code}; just under it, the answer.
 */
@ExtendWith(SharedApp.class)
class CostLimitsIT {

    private static final long TIME_LIMIT_MS = 100;
    private static final long MAX_RESPONSE_BYTES = 100_000;
    private static final String SMALL = "{ articles(first: 1) { totalCount edges { node { title } } } }";
    private static final String ONE_BODY = "{ articles(first: 1) { edges { node { body } } } }";

    private static PackagedApp defaults;
    private static PackagedApp quick;
    private static PackagedApp small;

    @BeforeAll
    static void startApps(PackagedApp shared) {
        defaults = shared;
        // the node limit raised so that only the limit under test applies
        quick = PackagedApp.withEnvironment(Map.of(
                "CLAIMGRAPH_GRAPHQL_TIMEOUT",
                TIME_LIMIT_MS + "ms",
                "CLAIMGRAPH_GRAPHQL_MAX_NODES",
                "100000000",
                "CLAIMGRAPH_RESPONSE_CACHE_TTL",
                "0s"));
        small = PackagedApp.withEnvironment(Map.of(
                "CLAIMGRAPH_GRAPHQL_MAX_RESPONSE_BYTES",
                String.valueOf(MAX_RESPONSE_BYTES),
                "CLAIMGRAPH_GRAPHQL_MAX_NODES",
                "100000000"));
    }

    @AfterAll
    static void stopApps() {
        for (PackagedApp app : new PackagedApp[] {quick, small}) {
            if (app != null) {
                app.close();
            }
        }
    }

    @Test
    void shouldAnswerAQueryOfFiftyThousandNodesCountingAliasesFragmentsAndVariables() {
        ok(send(defaults, GraphQL.load("nested-pages"), "{\"more\": 49}"));
    }

    @Test
    void shouldRefuseAQueryOfOneNodeMoreWithTheCountAndTheLimit() {
        refused(
                send(defaults, GraphQL.load("nested-pages"), "{\"more\": 50}"),
                "QUERY_TOO_COSTLY",
                "the query may return up to 50200 nodes; at most 50000 are allowed");
    }

    @Test
    void shouldCountAPageWithoutFirstAsTwentyAndAListOnceAParent() {
        ok(send(defaults, GraphQL.load("nested-pages"), "{}")); // 200 + 200 x 200 + 200 x 20
        String deeper =
                GraphQL.load("nested-pages").replace("node { id } }", "node { id about { claims { totalCount } } } }");
        // and 200 x 200 x 20 for the claims of the actors each claim is about
        refused(send(defaults, deeper, "{}"), "QUERY_TOO_COSTLY", "up to 844200 nodes");
    }

    @Test
    void shouldRefuseNestedPagesOfClaimsAboutActorsBeforeReadingAnything() {
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> refused(
                        send(defaults, GraphQL.load("claims-about-three-levels"), "{\"id\": \"1\"}"),
                        "QUERY_TOO_COSTLY",
                        "the query may return up to 8040200 nodes; at most 50000 are allowed"));
        ok(send(defaults, SMALL, "{}"));
    }

    @Test
    void shouldStopAQueryThatRunsPastTheTimeLimit() {
        answeredWithinTheLimit(SMALL); // the first runs of a fresh JVM may take longer than the limit
        long start = System.nanoTime();
        refused(
                send(quick, claimsOfSpeakers(90), "{}"),
                "QUERY_TIMEOUT",
                "the query ran longer than the " + TIME_LIMIT_MS + " ms limit and was stopped");
        assertThat("answered soon after the limit", (System.nanoTime() - start) / 1_000_000, lessThan(5_000L));
        answeredWithinTheLimit(SMALL);
    }

    /** Sends the query until it is answered within the time limit (a busy machine may delay a few). */
    private static void answeredWithinTheLimit(String query) {
        Reply reply = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            reply = send(quick, query, "{}");
            if (!reply.body().contains("QUERY_TIMEOUT")) {
                break;
            }
        }
        ok(reply);
    }

    @Test
    void shouldRefuseAnAnswerOverTheSizeLimitAndAnswerOneUnder() {
        String large = GraphQL.load("claims-many-times");
        assertThat(
                "the large answer is over the limit",
                bytes(ok(send(defaults, large, "{}"))),
                greaterThan(MAX_RESPONSE_BYTES));
        refused(
                send(small, large, "{}"),
                "RESPONSE_TOO_LARGE",
                "the answer would be larger than " + MAX_RESPONSE_BYTES + " bytes");
        assertThat(
                "the body of one article is under it",
                bytes(ok(send(small, ONE_BODY, "{}"))),
                lessThan(MAX_RESPONSE_BYTES));
    }

    /** The claims of the speaker of every claim, under {@code times} names: each claim's speaker's claims each time. */
    private static String claimsOfSpeakers(int times) {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < times; i++) {
            query.append(" c")
                    .append(i)
                    .append(": claims(first: 200) { edges { node { speaker {")
                    .append(" claims(first: 200) { edges { node { text } } } } } } }");
        }
        return query.append(" }").toString();
    }

    private static Reply send(PackagedApp app, String document, String variables) {
        return RawRequest.json(app)
                .post("{\"query\": " + JsonText.quote(document) + ", \"variables\": " + variables + "}");
    }

    private static long bytes(Reply reply) {
        return reply.body().getBytes(StandardCharsets.UTF_8).length;
    }

    private static Reply ok(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertThat(reply.body(), reply.json().get("errors"), nullValue());
        return reply;
    }

    private static void refused(Reply reply, String code, String message) {
        assertEquals(200, reply.status(), reply.body());
        assertThat(reply.body(), not(containsString("Exception")));
        JsonPath json = reply.json();
        assertThat(json.get("data"), nullValue());
        assertThat(reply.body(), json.getString("errors[0].extensions.code"), equalTo(code));
        assertThat(json.getString("errors[0].message"), containsString(message));
        assertEquals(1, json.getList("errors").size(), reply.body());
    }
}
