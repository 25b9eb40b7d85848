package org.claimgraph.it;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A POST to {@code /graphql} with exactly the bytes and headers given, for requests no well-behaved
 * client library would send: no content type, bytes that are not UTF-8, bodies that are not JSON.
 */
final class RawRequest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final PackagedApp app;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private RawRequest(PackagedApp app) {
        this.app = app;
    }

    /** A request with {@code Content-Type: application/json}. */
    static RawRequest json(PackagedApp app) {
        return new RawRequest(app).header("Content-Type", "application/json");
    }

    /** A request with no headers at all. */
    static RawRequest bare(PackagedApp app) {
        return new RawRequest(app);
    }

    RawRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Reply post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    Reply post(byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUri() + "/graphql"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the app answered. */
    record Reply(int status, String contentType, String body) {

        JsonPath json() {
            return JsonPath.from(body);
        }
    }
}
