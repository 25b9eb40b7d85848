package org.claimgraph.api.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Turns the ids of each parent's page (read with the limit in SQL) into one page of rows per parent, loading
 * the rows of all the pages at once.
 */
final class IdPages {

    private IdPages() {}

    static <R> List<Page<R>> pages(
            List<Long> parentIds,
            Map<Long, List<Long>> pageIds,
            Map<Long, Long> totals,
            PageSpec spec,
            Function<Set<Long>, List<R>> load,
            ToLongFunction<R> id) {
        Set<Long> ids = new HashSet<>();
        pageIds.values().forEach(ids::addAll);
        Map<Long, R> loaded = ids.isEmpty()
                ? Map.of()
                : load.apply(ids).stream().collect(Collectors.toMap(id::applyAsLong, Function.identity()));
        List<Page<R>> result = new ArrayList<>(parentIds.size());
        for (Long parentId : parentIds) {
            List<R> rows = pageIds.getOrDefault(parentId, List.of()).stream()
                    .map(loaded::get)
                    .toList();
            result.add(Page.of(rows, spec, totals.getOrDefault(parentId, 0L)));
        }
        return result;
    }
}
