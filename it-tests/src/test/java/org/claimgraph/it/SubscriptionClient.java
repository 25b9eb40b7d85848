package org.claimgraph.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A GraphQL client on WebSocket ({@code graphql-transport-ws}) that subscribes and keeps what the server sends. */
final class SubscriptionClient implements WebSocket.Listener, AutoCloseable {

    final List<String> messages = new CopyOnWriteArrayList<>();
    private final CountDownLatch acknowledged = new CountDownLatch(1);
    private final StringBuilder partial = new StringBuilder();
    private volatile CountDownLatch next = new CountDownLatch(1);
    private WebSocket socket;

    static SubscriptionClient connect(PackagedApp app) throws Exception {
        SubscriptionClient client = new SubscriptionClient();
        client.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + app.port() + "/graphql"), client)
                .get(10, TimeUnit.SECONDS);
        client.socket.sendText("{\"type\":\"connection_init\"}", true).get(5, TimeUnit.SECONDS);
        if (!client.acknowledged.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no connection_ack: " + client.messages);
        }
        return client;
    }

    void subscribe(String id, String query) throws Exception {
        socket.sendText(
                        "{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":" + JsonText.quote(query)
                                + "}}",
                        true)
                .get(5, TimeUnit.SECONDS);
    }

    /** Whether a {@code next} message arrives within the time given. */
    boolean awaitNext(long millis) throws InterruptedException {
        return next.await(millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            messages.add(message);
            if (message.contains("\"connection_ack\"")) {
                acknowledged.countDown();
            }
            if (message.contains("\"next\"")) {
                next.countDown();
            }
        }
        webSocket.request(1);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() throws Exception {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }
}
