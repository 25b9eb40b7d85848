package org.claimgraph.api.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits (parent id, item) rows loaded for many parents into one list per parent, in the order
 * asked. An item that comes twice for one parent (as speaker and as subject, say) is kept once.
 */
final class Grouped {

    private Grouped() {}

    @SuppressWarnings("unchecked")
    static <E> List<List<E>> by(List<Long> parentIds, List<Object[]> rows) {
        Map<Long, Set<E>> byParent = new HashMap<>();
        for (Object[] row : rows) {
            byParent.computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>()).add((E) row[1]);
        }
        List<List<E>> result = new ArrayList<>(parentIds.size());
        for (Long parentId : parentIds) {
            result.add(List.copyOf(byParent.getOrDefault(parentId, Set.of())));
        }
        return result;
    }
}
