package org.claimgraph.api.http;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Checks the shape of a GraphQL request sent as JSON before SmallRye GraphQL reads it, which answers a
 * non-string {@code operationName} or a non-object {@code variables} with a server error. Such a
 * request gets 400 and a GraphQL error with {@code extensions.code} BAD_REQUEST; anything else goes on.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    /** Well before SmallRye GraphQL's own route on the same path. */
    private static final int ORDER = -1000;
    /** A body of a million characters, JSON-escaped, fits; a larger request gets 413. */
    private static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;

    void install(@Observes Router router) {
        router.post("/graphql").order(ORDER).handler(BodyHandler.create().setBodyLimit(MAX_REQUEST_BYTES));
        router.post("/graphql").order(ORDER + 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String problem = problemOf(context);
        if (problem == null) {
            context.next();
            return;
        }
        JsonObject error = new JsonObject().put("message", problem)
                .put("extensions", new JsonObject().put("code", "BAD_REQUEST"));
        context.response().setStatusCode(400).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    private static String problemOf(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json") || context.body().length() == 0) {
            return null; // other media types and empty bodies are SmallRye GraphQL's to answer
        }
        Object json;
        try {
            json = context.body().buffer().toJson();
        } catch (DecodeException e) {
            return "the request body is not valid JSON";
        }
        if (!(json instanceof JsonObject request)) {
            return null; // batched requests (arrays) are left to SmallRye GraphQL
        }
        Object operationName = request.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return "operationName must be a string";
        }
        Object variables = request.getValue("variables");
        if (variables != null && !(variables instanceof JsonObject)) {
            return "variables must be a JSON object";
        }
        Object query = request.getValue("query");
        if (query != null && !(query instanceof String)) {
            return "query must be a string";
        }
        return null;
    }
}
