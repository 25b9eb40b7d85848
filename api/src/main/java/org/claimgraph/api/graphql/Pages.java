package org.claimgraph.api.graphql;

import io.smallrye.graphql.api.Context;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.graphql.schema.paging.Connections;
import org.claimgraph.api.graphql.schema.paging.PageRequest;
import org.claimgraph.api.service.Page;
import org.claimgraph.api.service.PageSpec;

/** Between a connection's arguments and the page the services read, and back from the services' pages. */
final class Pages {

    private Pages() {}

    /**
     * The page {@code first} and {@code after} ask for (refused when out of range or not a cursor of ours),
     * counted only if the field being resolved selects {@code totalCount}.
     */
    static PageSpec spec(Integer first, String after, Context context) {
        PageRequest page = PageRequest.of(first, after).countingIfSelected(context);
        return new PageSpec(page.first(), page.afterId(), page.totalWanted());
    }

    static <R, N> Connection<N> connection(Page<R> page, ToLongFunction<R> id, Function<R, N> toNode) {
        return Connections.of(page.items(), page.hasNext(), page.totalCount(), id, toNode);
    }

    /** One connection per page, for a batched field. */
    static <R, N> List<Connection<N>> connections(List<Page<R>> pages, ToLongFunction<R> id, Function<R, N> toNode) {
        return pages.stream().map(page -> connection(page, id, toNode)).toList();
    }
}
