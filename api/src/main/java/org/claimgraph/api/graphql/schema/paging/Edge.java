package org.claimgraph.api.graphql.schema.paging;

import org.eclipse.microprofile.graphql.NonNull;

public record Edge<N>(@NonNull String cursor, @NonNull N node) {}
