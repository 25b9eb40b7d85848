package org.claimgraph.api.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The shape of a GraphQL request sent as JSON: a UTF-8 JSON object whose {@code query} is a string, whose
 * {@code operationName} is a string or null and whose {@code variables} and {@code extensions} are objects
 * or null. SmallRye GraphQL answers some of these mistakes with a server error, so they are checked first.
 */
final class RequestShape {

    static final String EXAMPLE = "{\"query\": \"{ articles { totalCount } }\"}";

    private RequestShape() {}

    /** The request's query, or the problem with its shape. */
    static Object queryOf(Buffer body) {
        if (!isUtf8(body)) {
            return RequestProblem.badRequest("the request body is not valid UTF-8");
        }
        Object json;
        try {
            json = body.toJson();
        } catch (DecodeException e) {
            return RequestProblem.badRequest("the request body is not valid JSON; send an object such as " + EXAMPLE);
        }
        if (!(json instanceof JsonObject request)) {
            return RequestProblem.badRequest("the request body must be a JSON object such as " + EXAMPLE);
        }
        Object query = request.getValue("query");
        if (query == null) {
            return RequestProblem.badRequest("the request has no query; send an object such as " + EXAMPLE);
        }
        if (!(query instanceof String)) {
            return RequestProblem.badRequest("query must be a string");
        }
        Object operationName = request.getValue("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            return RequestProblem.badRequest("operationName must be a string");
        }
        if (!isObjectOrNull(request.getValue("variables"))) {
            return RequestProblem.badRequest("variables must be a JSON object");
        }
        if (!isObjectOrNull(request.getValue("extensions"))) {
            return RequestProblem.badRequest("extensions must be a JSON object");
        }
        return query;
    }

    private static boolean isObjectOrNull(Object value) {
        return value == null || value instanceof JsonObject;
    }

    private static boolean isUtf8(Buffer body) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.getBytes()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
