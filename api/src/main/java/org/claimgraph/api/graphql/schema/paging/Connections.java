package org.claimgraph.api.graphql.schema.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Builds connections from a list fetched with {@link PageRequest#fetchSize()} rows. */
public final class Connections {

    private Connections() {
    }

    public static <R, N> Connection<N> of(List<R> rows, PageRequest page, long totalCount, ToLongFunction<R> id,
            Function<R, N> toNode) {
        boolean hasNext = rows.size() > page.first();
        List<R> visible = hasNext ? rows.subList(0, page.first()) : rows;
        List<Edge<N>> edges = new ArrayList<>(visible.size());
        for (R row : visible) {
            edges.add(new Edge<>(PageRequest.encode(id.applyAsLong(row)), toNode.apply(row)));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(hasNext, endCursor), Math.toIntExact(totalCount));
    }
}
