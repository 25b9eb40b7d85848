package org.claimgraph.api.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.graphql.schema.paging.Connections;
import org.claimgraph.api.graphql.schema.paging.PageRequest;

/**
 * Turns the ids of each parent's page (read with the limit in SQL) into one connection per parent, loading the
 * rows of all the pages at once.
 */
final class IdPages {

    private IdPages() {
    }

    static <R, N> List<Connection<N>> connections(List<Long> parentIds, Map<Long, List<Long>> pageIds,
            Map<Long, Long> totals, PageRequest page, Function<Set<Long>, List<R>> load, ToLongFunction<R> id,
            Function<R, N> toNode) {
        Set<Long> ids = new HashSet<>();
        pageIds.values().forEach(ids::addAll);
        Map<Long, R> loaded = ids.isEmpty() ? Map.of()
                : load.apply(ids).stream().collect(Collectors.toMap(id::applyAsLong, Function.identity()));
        List<Connection<N>> result = new ArrayList<>(parentIds.size());
        for (Long parentId : parentIds) {
            List<R> rows = pageIds.getOrDefault(parentId, List.of()).stream().map(loaded::get).toList();
            result.add(Connections.of(rows, page, totals.getOrDefault(parentId, 0L), id, toNode));
        }
        return result;
    }
}
