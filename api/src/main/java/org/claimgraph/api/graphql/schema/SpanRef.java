package org.claimgraph.api.graphql.schema;

/** Offsets into an article's body, end exclusive; becomes {@link Evidence} once the body is loaded. */
public record SpanRef(long articleId, int start, int end) {}
