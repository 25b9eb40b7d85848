package org.claimgraph.api.http;

import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.vertx.core.json.JsonObject;

/**
 * Parses the GraphQL document of a request, so that a syntax error reaches the client with its line and
 * column; SmallRye GraphQL only says "Unparseable input document". The parser's own limits (characters,
 * tokens) apply, so a huge document is refused here too.
 */
final class DocumentSyntax {

    private DocumentSyntax() {
    }

    /** The syntax problem of {@code document}, or null when it parses. */
    static RequestProblem problemOf(String document, int status) {
        if (document.isBlank()) {
            return new RequestProblem(status, "GRAPHQL_PARSE_FAILED", "the query is empty", null);
        }
        try {
            Parser.parse(document);
            return null;
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            JsonObject location = at == null ? null
                    : new JsonObject().put("line", at.getLine()).put("column", at.getColumn());
            return new RequestProblem(status, "GRAPHQL_PARSE_FAILED", e.getMessage(), location);
        }
    }
}
