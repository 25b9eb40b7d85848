package org.claimgraph.api.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Splits (parent id, item) rows loaded for many parents into one list per parent, in the order
 * asked. An item that comes twice for one parent (as speaker and as subject, say) is kept once.
 */
final class Grouped {

    private Grouped() {}

    static <R> List<List<R>> by(List<Long> parentIds, List<Object[]> rows, Function<Object, R> map) {
        Map<Long, Set<Object>> byParent = new HashMap<>();
        for (Object[] row : rows) {
            byParent.computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>()).add(row[1]);
        }
        List<List<R>> result = new ArrayList<>(parentIds.size());
        for (Long parentId : parentIds) {
            List<R> items = new ArrayList<>();
            byParent.getOrDefault(parentId, Set.of()).forEach(item -> items.add(map.apply(item)));
            result.add(items);
        }
        return result;
    }

    /** The ids of the entities in the second column of the rows, each once. */
    static <E> List<Long> ids(List<Object[]> rows, Function<E, Long> id) {
        @SuppressWarnings("unchecked")
        List<Long> ids = rows.stream().map(r -> id.apply((E) r[1])).distinct().toList();
        return ids;
    }
}
