package org.claimgraph.api.graphql.schema.paging;

import org.eclipse.microprofile.graphql.NonNull;

public record PageInfo(@NonNull boolean hasNextPage, String endCursor) {}
