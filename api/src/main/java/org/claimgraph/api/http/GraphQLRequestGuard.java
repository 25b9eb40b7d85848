package org.claimgraph.api.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Checks a GraphQL POST before SmallRye GraphQL reads it, which answers several malformed requests with a
 * server error or a vague message. A request that is too large, has no or another content type, an empty
 * body, a body that is not a UTF-8 JSON object of the right shape, or a document that does not parse gets
 * a GraphQL error with a clear message and {@code extensions.code}; anything else goes on.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    /** Well before SmallRye GraphQL's own route on the same path. */
    private static final int ORDER = -1000;
    /** A body of a million characters, JSON-escaped, fits; a larger request gets 413. */
    static final long MAX_REQUEST_BYTES = 8L * 1024 * 1024;

    void install(@Observes Router router) {
        router.post("/graphql")
                .order(ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_REQUEST_BYTES))
                .failureHandler(GraphQLRequestGuard::tooLarge);
        router.post("/graphql").order(ORDER + 1).handler(GraphQLRequestGuard::check);
    }

    private static void tooLarge(RoutingContext context) {
        if (context.statusCode() != 413 || context.response().ended()) {
            context.next();
            return;
        }
        new RequestProblem(
                        413,
                        "REQUEST_TOO_LARGE",
                        "the request is larger than " + MAX_REQUEST_BYTES + " bytes (8 MB), the most this API accepts",
                        null)
                .send(context, ResponseMedia.of(context.request().getHeader("Accept")));
    }

    private static void check(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        if (ResponseMedia.acceptsAnything(accept)) {
            context.request().headers().set("Accept", ResponseMedia.JSON);
        }
        RequestProblem problem = problemOf(context, ResponseMedia.wantsGraphQLResponse(accept) ? 400 : 200);
        if (problem == null) {
            context.next();
        } else {
            problem.send(context, ResponseMedia.of(accept));
        }
    }

    /** {@code documentStatus}: the status for a document that does not parse, 200 unless the client asked otherwise. */
    private static RequestProblem problemOf(RoutingContext context, int documentStatus) {
        String type = context.request().getHeader("Content-Type");
        String mediaType = type == null
                ? ""
                : type.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
        boolean json = mediaType.equals("application/json");
        if (!json && !mediaType.equals("application/graphql")) {
            return new RequestProblem(
                    415,
                    "UNSUPPORTED_MEDIA_TYPE",
                    (type == null ? "the request has no Content-Type" : "Content-Type " + type + " is not supported")
                            + "; send the request as application/json such as "
                            + RequestShape.EXAMPLE,
                    null);
        }
        Buffer body = context.body().buffer();
        if (body == null || body.length() == 0) {
            return RequestProblem.badRequest(
                    "the request body is empty; send a JSON object such as " + RequestShape.EXAMPLE);
        }
        Object query = json ? RequestShape.queryOf(body) : body.toString(StandardCharsets.UTF_8);
        if (query instanceof RequestProblem shapeProblem) {
            return shapeProblem;
        }
        return DocumentSyntax.problemOf((String) query, documentStatus);
    }
}
