package org.claimgraph.api.http;

import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses the GraphQL document of a request, so that a syntax error reaches the client with its line and
 * column; SmallRye GraphQL only says "Unparseable input document". The parser's own limits (characters,
 * tokens) apply, so a huge document is refused here too.
 */
final class DocumentSyntax {

    /** Documents that parsed, so that a client repeating a query does not have it parsed twice per request. */
    private static final Map<String, Boolean> PARSED = new ConcurrentHashMap<>();

    private static final int MAX_REMEMBERED = 1000;
    private static final int MAX_REMEMBERED_LENGTH = 10_000;

    private DocumentSyntax() {}

    /** The syntax problem of {@code document}, or null when it parses. */
    static RequestProblem problemOf(String document, int status) {
        if (document.isBlank()) {
            return new RequestProblem(status, "GRAPHQL_PARSE_FAILED", "the query is empty", null);
        }
        if (PARSED.containsKey(document)) {
            return null;
        }
        try {
            Parser.parse(document);
            if (document.length() <= MAX_REMEMBERED_LENGTH) {
                if (PARSED.size() >= MAX_REMEMBERED) {
                    PARSED.clear(); // at most about 10 MB; clients send few distinct documents
                }
                PARSED.put(document, Boolean.TRUE);
            }
            return null;
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            JsonObject location = at == null
                    ? null
                    : new JsonObject().put("line", at.getLine()).put("column", at.getColumn());
            return new RequestProblem(status, "GRAPHQL_PARSE_FAILED", e.getMessage(), location);
        }
    }
}
