package org.claimgraph.api.graphql.schema.paging;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A Relay-style page of nodes: edges with cursors, page info and the total count. */
public record Connection<N>(
        @NonNull List<@NonNull Edge<N>> edges,
        @NonNull PageInfo pageInfo,
        @NonNull int totalCount) {}
