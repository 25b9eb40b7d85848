package org.claimgraph.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client subscribes to new claims over WebSocket (graphql-transport-ws) and sees an ingest arrive;
 * naming the last claim it has seen ({@code since}), it misses none stored before the server registered
 * its subscription.
 */
@ExtendWith(SharedApp.class)
class ClaimSubscriptionIT {

    private static final String CLAIM_ADDED = "subscription($since: ID, $filter: ClaimFilter) {"
            + " claimAdded(since: $since, filter: $filter) { id text kind article { id } speaker { name } } }";

    private final PackagedApp app;
    private final GraphQL graphql;

    ClaimSubscriptionIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    @Test
    void shouldReceiveTheClaimsOfAnArticleIngestedAfterTheLastClaimItSaw() throws Exception {
        String before = ingest("subscribed-before");
        long lastSeen = newestClaimId(before);
        try (GraphQLSocket socket = GraphQLSocket.open(app)) {
            socket.subscribe("1", CLAIM_ADDED, "{\"since\": \"" + lastSeen + "\"}");
            String articleId = ingest("subscribed-after");

            String next = socket.await(
                    m -> m.contains("\"type\":\"next\"")
                            && m.contains("The market reopened this morning")
                            && m.contains("{\"id\":\"" + articleId + "\"}"),
                    10);
            assertTrue(next.contains("Karim Testwala"), next);
            assertTrue(
                    socket.messages().stream().noneMatch(m -> m.contains("{\"id\":\"" + before + "\"}")),
                    "no claim up to the one named is sent: " + socket.messages());
        }
    }

    @Test
    void shouldReplayTheClaimsOfAnArticleStoredJustBeforeSubscribing() throws Exception {
        String articleId = ingest("replayed");
        List<Long> ids = claimIds(articleId);
        assertTrue(!ids.isEmpty());
        try (GraphQLSocket socket = GraphQLSocket.open(app)) {
            socket.subscribe(
                    "1",
                    CLAIM_ADDED,
                    "{\"since\": \"" + (ids.get(0) - 1) + "\", \"filter\": {\"article\": \"" + articleId + "\"}}");
            for (long id : ids) {
                socket.await(m -> m.contains("\"type\":\"next\"") && m.contains("\"id\":\"" + id + "\""), 10);
            }
            Thread.sleep(300);
            assertEquals(
                    ids.size(),
                    socket.messages().stream()
                            .filter(m -> m.contains("\"type\":\"next\""))
                            .count(),
                    "each claim of the article once: " + socket.messages());
        }
    }

    @Test
    void shouldRefuseASinceThatIsNotAClaimId() throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.open(app)) {
            socket.subscribe("1", CLAIM_ADDED, "{\"since\": \"latest\"}");
            String reply = socket.replyTo("1", 10);
            assertTrue(reply.contains("BAD_USER_INPUT") && reply.contains("since is not a valid ID: latest"), reply);
        }
    }

    private String ingest(String tag) {
        return graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(Articles.body(tag)))
                .body("errors", nullValue())
                .body("data.ingestArticle.created", equalTo(true))
                .extract()
                .path("data.ingestArticle.article.id");
    }

    private List<Long> claimIds(String articleId) {
        List<String> ids = graphql.query("claims-page", Map.of("filter", Map.of("article", articleId), "first", 50))
                .body("errors", nullValue())
                .extract()
                .path("data.claims.edges.node.id");
        return ids.stream()
                .map(Long::parseLong)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private long newestClaimId(String articleId) {
        List<Long> ids = claimIds(articleId);
        return ids.get(ids.size() - 1);
    }
}
