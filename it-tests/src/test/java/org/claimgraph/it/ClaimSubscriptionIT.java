package org.claimgraph.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A client subscribes to new claims over WebSocket (graphql-transport-ws) and sees an ingest arrive. */
@ExtendWith(SharedApp.class)
class ClaimSubscriptionIT {

    private final PackagedApp app;

    ClaimSubscriptionIT(PackagedApp app) {
        this.app = app;
    }

    @Test
    void shouldReceiveTheClaimsOfAnArticleIngestedWhileSubscribed() throws Exception {
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + app.port() + "/graphql"), listener)
                .get(10, TimeUnit.SECONDS);
        socket.sendText("{\"type\":\"connection_init\"}", true).get(5, TimeUnit.SECONDS);
        assertTrue(listener.acknowledged.await(10, TimeUnit.SECONDS), "connection_ack: " + listener.messages);
        socket.sendText("{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                + "\"subscription { claimAdded { text kind speaker { name } } }\"}}", true).get(5, TimeUnit.SECONDS);
        // The server registers the subscription asynchronously: an ingest that beats it is not seen,
        // so ingest fresh articles until one arrives (the first almost always does).
        boolean arrived = false;
        for (int attempt = 0; attempt < 5 && !arrived; attempt++) {
            new GraphQL(app).withToken(app.ingestToken(), "ingest-article",
                    Articles.input(Articles.body("subscribed-" + attempt)))
                    .body("errors", nullValue())
                    .body("data.ingestArticle.created", equalTo(true));
            arrived = listener.received.await(3, TimeUnit.SECONDS);
        }

        assertTrue(arrived, "a claim arrives: " + listener.messages);
        assertTrue(listener.messages.stream().anyMatch(m -> m.contains("\"type\":\"next\"")
                && m.contains("The market reopened this morning") && m.contains("Karim Testwala")), listener.messages::toString);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }

    /** Collects the server's messages. */
    private static final class Listener implements WebSocket.Listener {
        final List<String> messages = new CopyOnWriteArrayList<>();
        final CountDownLatch acknowledged = new CountDownLatch(1);
        final CountDownLatch received = new CountDownLatch(1);
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                messages.add(message);
                if (message.contains("\"connection_ack\"")) {
                    acknowledged.countDown();
                }
                if (message.contains("\"next\"")) {
                    received.countDown();
                }
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
