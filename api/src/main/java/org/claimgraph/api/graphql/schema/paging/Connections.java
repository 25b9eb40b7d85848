package org.claimgraph.api.graphql.schema.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.claimgraph.api.service.Page;

/** Builds connections from the services' pages, or from a list fetched with {@link PageRequest#fetchSize()} rows. */
public final class Connections {

    private Connections() {}

    /** The connection of a page the services read. */
    public static <R, N> Connection<N> of(Page<R> page, ToLongFunction<R> id, Function<R, N> toNode) {
        List<Edge<N>> edges = new ArrayList<>(page.items().size());
        for (R row : page.items()) {
            edges.add(new Edge<>(PageRequest.encode(id.applyAsLong(row)), toNode.apply(row)));
        }
        String endCursor = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(page.hasNext(), endCursor), Math.toIntExact(page.totalCount()));
    }

    /** One connection per page, for a batched field. */
    public static <R, N> List<Connection<N>> of(List<Page<R>> pages, ToLongFunction<R> id, Function<R, N> toNode) {
        return pages.stream().map(page -> of(page, id, toNode)).toList();
    }

    public static <R, N> Connection<N> of(
            List<R> rows, PageRequest page, long totalCount, ToLongFunction<R> id, Function<R, N> toNode) {
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
