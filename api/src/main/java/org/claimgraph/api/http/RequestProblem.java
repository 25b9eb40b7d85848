package org.claimgraph.api.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Why a GraphQL request is refused before it runs: the HTTP status, the {@code extensions.code} and a
 * message that tells the client what to change, written as a GraphQL error response.
 */
record RequestProblem(int status, String code, String message, JsonObject location) {

    static RequestProblem badRequest(String message) {
        return new RequestProblem(400, "BAD_REQUEST", message, null);
    }

    void send(RoutingContext context, String mediaType) {
        JsonObject error = new JsonObject().put("message", message);
        if (location != null) {
            error.put("locations", new JsonArray().add(location));
        }
        error.put("extensions", new JsonObject().put("code", code));
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", mediaType + "; charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
