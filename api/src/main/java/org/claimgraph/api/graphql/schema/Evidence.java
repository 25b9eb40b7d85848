package org.claimgraph.api.graphql.schema;

import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The exact words an item came from: {@code text == article.body.substring(start, end)}. */
public record Evidence(
        @NonNull int start,
        @NonNull int end,
        @NonNull String text,
        @NonNull String sentence,
        @Ignore long articleId) {}
