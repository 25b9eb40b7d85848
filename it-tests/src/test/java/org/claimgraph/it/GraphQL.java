package org.claimgraph.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A GraphQL client of the app's {@code /graphql} endpoint, the way any HTTP client would call it. The
 * documents live in {@code src/test/resources/graphql/<name>.graphql}.
 */
public final class GraphQL {

    private final PackagedApp app;

    public GraphQL(PackagedApp app) {
        this.app = app;
    }

    public ValidatableResponse query(String document, Map<String, ?> variables) {
        return post(request(), document, variables);
    }

    public ValidatableResponse query(String document) {
        return query(document, Map.of());
    }

    /** Sends the document with {@code Authorization: Bearer <token>}. */
    public ValidatableResponse withToken(String token, String document, Map<String, ?> variables) {
        return post(request().header("Authorization", "Bearer " + token), document, variables);
    }

    private RequestSpecification request() {
        return given().baseUri(app.baseUri()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static ValidatableResponse post(RequestSpecification request, String document, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", load(document));
        body.put("variables", variables);
        return request.body(body).when().post("/graphql").then().statusCode(200);
    }

    static String load(String document) {
        String resource = "/graphql/" + document + ".graphql";
        try (InputStream in = GraphQL.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no GraphQL document " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
