package org.claimgraph.api.http;

import java.util.Locale;

/**
 * The media type of a GraphQL response, from the request's {@code Accept} header. A client that names
 * {@code application/graphql-response+json} gets it (and 400 for a document that does not parse); any
 * other client gets {@code application/json}, also when it sends no {@code Accept} or {@code *}{@code /*}.
 */
final class ResponseMedia {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private ResponseMedia() {}

    static boolean wantsGraphQLResponse(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(GRAPHQL_RESPONSE);
    }

    /** Whether the client accepts anything and should get plain JSON, which SmallRye GraphQL would not choose. */
    static boolean acceptsAnything(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        return !lower.contains(JSON)
                && !lower.contains(GRAPHQL_RESPONSE)
                && (lower.contains("*/*") || lower.contains("application/*"));
    }

    static String of(String accept) {
        return wantsGraphQLResponse(accept) ? GRAPHQL_RESPONSE : JSON;
    }
}
