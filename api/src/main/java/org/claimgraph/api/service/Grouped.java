package org.claimgraph.api.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.api.store.OfParent;

/**
 * Splits the (parent id, item) rows loaded for many parents into one list per parent, in the order
 * asked. An item that comes twice for one parent (as speaker and as subject, say) is kept once.
 */
final class Grouped {

    private Grouped() {}

    static <E> List<List<E>> by(List<Long> parentIds, List<OfParent<E>> rows) {
        Map<Long, Set<E>> byParent = new HashMap<>();
        for (OfParent<E> row : rows) {
            byParent.computeIfAbsent(row.parentId(), k -> new LinkedHashSet<>()).add(row.item());
        }
        List<List<E>> result = new ArrayList<>(parentIds.size());
        for (Long parentId : parentIds) {
            result.add(List.copyOf(byParent.getOrDefault(parentId, Set.of())));
        }
        return result;
    }
}
