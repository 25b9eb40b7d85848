package org.claimgraph.api.graphql.schema.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Builds a connection from a page of rows in id order: each edge's cursor is its row's id. */
public final class Connections {

    private Connections() {}

    /**
     * The connection of the rows of one page, whether another page follows, and the total (0 when not
     * counted).
     */
    public static <R, N> Connection<N> of(
            List<R> rows, boolean hasNext, long totalCount, ToLongFunction<R> id, Function<R, N> toNode) {
        List<Edge<N>> edges = new ArrayList<>(rows.size());
        for (R row : rows) {
            edges.add(new Edge<>(PageRequest.encode(id.applyAsLong(row)), toNode.apply(row)));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(hasNext, endCursor), Math.toIntExact(totalCount));
    }
}
