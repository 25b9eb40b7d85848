package org.claimgraph.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WebSocket at {@code /graphql} is no way around the limits of {@code POST /graphql}: a document
 * sent over {@code graphql-transport-ws} is refused for the same depth, complexity, Int and size
 * reasons, with the same codes, and its errors repeat no long client input.
 */
@ExtendWith(SharedApp.class)
class WebSocketLimitsIT {

    private final PackagedApp app;

    WebSocketLimitsIT(PackagedApp app) {
        this.app = app;
    }

    @Test
    void shouldRefuseAQueryNestedDeeperThanTheLimit() throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.open(app)) {
            socket.subscribe("deep", nested("{ actors(first: 1) { edges { node { ", 13, " } } } }"), "{}");
            String reply = socket.replyTo("deep", 10);
            assertThat(reply, containsString("QUERY_TOO_DEEP"));
            assertThat(reply, containsString("maximum query depth exceeded 17 > 16"));
        }
    }

    @Test
    void shouldRefuseASubscriptionNestedDeeperThanTheLimit() throws Exception {
        try (GraphQLSocket socket = GraphQLSocket.open(app)) {
            socket.subscribe("deep", nested("subscription { claimAdded { speaker { ", 16, " } } }"), "{}");
            assertThat(socket.replyTo("deep", 10), containsString("QUERY_TOO_DEEP"));
        }
    }

    @Test
    void shouldRefuseAQueryAskingForMoreThanAThousandFields() throws Exception {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 600; i++) {
            document.append(" a").append(i).append(": articles(first: 1) { totalCount }");
        }
        try (GraphQLSocket socket = GraphQLSocket.open(app)) {
            socket.subscribe("wide", document.append(" }").toString(), "{}");
            assertThat(socket.replyTo("wide", 10), containsString("QUERY_TOO_COMPLEX"));
        }
    }

    @Test
    void shouldRefuseAPageSizeThatIsNotAnIntegerAndAForgedCursorWithoutRepeatingIt() throws Exception {
        String cursor = "Zm9yZ2VkLWN1cnNvci0" + "x".repeat(500);
        try (GraphQLSocket socket = GraphQLSocket.open(app)) {
            socket.subscribe("float", "{ articles(first: 1e3) { totalCount } }", "{}");
            assertThat(socket.replyTo("float", 10), containsString("first must be an Int"));
            socket.subscribe(
                    "cursor",
                    "query($a: String) { claims(first: 2, after: $a) { totalCount } }",
                    "{\"a\": \"" + cursor + "\"}");
            String reply = socket.replyTo("cursor", 10);
            assertThat(reply, containsString("after is not a cursor this API issued"));
            assertThat(reply, not(containsString("Zm9yZ2Vk")));
        }
    }

    @Test
    void shouldAnswerAMessageOfAMegabyteAndNotRunOneOverEightMegabytes() throws Exception {
        String document = "query($after: String) { articles(first: 1, after: $after) { totalCount } }";
        try (GraphQLSocket socket = GraphQLSocket.open(app)) {
            // a megabyte of cursor: read, run, and refused for what it says, not for its size
            socket.subscribe("large", document, "{\"after\": \"" + "a".repeat(1024 * 1024) + "\"}");
            assertThat(socket.replyTo("large", 20), containsString("after is not a cursor this API issued"));
        }
        try (GraphQLSocket socket = GraphQLSocket.open(app)) {
            try {
                socket.subscribe("huge", document, "{\"after\": \"" + "a".repeat(9 * 1024 * 1024) + "\"}");
                socket.subscribe("next", "{ articles(first: 1) { totalCount } }", "{}");
            } catch (java.util.concurrent.ExecutionException e) {
                // the server may drop the connection while the message is still being sent
            }
            int code = socket.closeCode(5);
            if (code < 0) { // still open: the oversized message was dropped unread, the next one is answered
                assertThat(socket.replyTo("next", 20), containsString("totalCount"));
            } else {
                assertTrue(code == 1009 || code == GraphQLSocket.ABNORMAL_CLOSURE, "closed as too big: " + code);
            }
            assertTrue(socket.messages().stream().noneMatch(m -> m.contains("\"huge\"")), socket.messages()::toString);
        }
    }

    /** {@code levels} times "affiliation { " between the head and the tail: {@code levels} + 4 deep for actors. */
    private static String nested(String head, int levels, String tail) {
        return head + "affiliation { ".repeat(levels) + "name" + " }".repeat(levels) + tail;
    }
}
