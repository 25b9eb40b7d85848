package org.claimgraph.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client of the app's WebSocket at {@code /graphql} speaking {@code graphql-transport-ws}, as any
 * WebSocket client would: it sends text messages and collects the server's replies and the close code.
 */
public final class GraphQLSocket implements AutoCloseable {

    /** The close status for a connection that ended without a close frame (RFC 6455). */
    public static final int ABNORMAL_CLOSURE = 1006;

    private final WebSocket socket;
    private final Listener listener;

    private GraphQLSocket(WebSocket socket, Listener listener) {
        this.socket = socket;
        this.listener = listener;
    }

    /** Connects and completes the {@code connection_init} / {@code connection_ack} handshake. */
    public static GraphQLSocket open(PackagedApp app) throws Exception {
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + app.port() + "/graphql"), listener)
                .get(10, TimeUnit.SECONDS);
        GraphQLSocket client = new GraphQLSocket(socket, listener);
        client.send("{\"type\":\"connection_init\"}");
        client.await(m -> m.contains("\"connection_ack\""), 10);
        return client;
    }

    /** Sends one {@code subscribe} message for a document; {@code variablesJson} is a JSON object. */
    public void subscribe(String id, String document, String variablesJson) throws Exception {
        send("{\"id\":\"" + id + "\",\"type\":\"subscribe\",\"payload\":{\"query\":" + JsonText.quote(document)
                + ",\"variables\":" + variablesJson + "}}");
    }

    public void send(String text) throws Exception {
        socket.sendText(text, true).get(30, TimeUnit.SECONDS);
    }

    /** The first message from the server that matches, waiting up to {@code seconds}. */
    public String await(Predicate<String> matching, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            for (String message : listener.messages) {
                if (matching.test(message)) {
                    return message;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such message within " + seconds + " s; received " + listener.messages
                + (listener.closeCode > 0 ? ", closed with " + listener.closeCode : ""));
    }

    /** The server's reply ({@code next} or {@code error}) to the subscription {@code id}. */
    public String replyTo(String id, int seconds) throws InterruptedException {
        return await(
                m -> m.contains("\"id\":\"" + id + "\"")
                        && (m.contains("\"type\":\"next\"") || m.contains("\"type\":\"error\"")),
                seconds);
    }

    /**
     * The status the server closed the connection with, waiting up to {@code seconds}: -1 if it is
     * still open, {@link #ABNORMAL_CLOSURE} if it was dropped without a close frame.
     */
    public int closeCode(int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (listener.closeCode < 0 && !listener.failed && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return listener.failed && listener.closeCode < 0 ? ABNORMAL_CLOSURE : listener.closeCode;
    }

    public List<String> messages() {
        return List.copyOf(listener.messages);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }

    /** Collects the server's messages and how the connection ended. */
    private static final class Listener implements WebSocket.Listener {
        final List<String> messages = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        volatile int closeCode = -1;
        volatile boolean failed;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closeCode = statusCode;
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            failed = true;
        }
    }
}
