package org.claimgraph.api.graphql.schema.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Cuts one connection per parent out of rows loaded for many parents at once (the batched form of a
 * nested connection field). Rows come in node-id order; each parent's total count is its whole group.
 */
public final class GroupedPages<R> {

    private final Map<Long, Set<R>> groups = new LinkedHashMap<>();

    public void add(Long parentId, R row) {
        groups.computeIfAbsent(parentId, k -> new LinkedHashSet<>()).add(row);
    }

    public <N> List<Connection<N>> connections(List<Long> parentIds, PageRequest page, ToLongFunction<R> id,
            Function<R, N> toNode) {
        List<Connection<N>> result = new ArrayList<>(parentIds.size());
        for (Long parentId : parentIds) {
            Collection<R> group = groups.getOrDefault(parentId, Set.of());
            List<R> rows = group.stream().filter(r -> id.applyAsLong(r) > page.afterId())
                    .limit(page.fetchSize()).toList();
            result.add(Connections.of(rows, page, group.size(), id, toNode));
        }
        return result;
    }
}
