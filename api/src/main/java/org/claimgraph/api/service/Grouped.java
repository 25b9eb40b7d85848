package org.claimgraph.api.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Splits (parent id, item) rows loaded for many parents into one list per parent, in the order asked. */
final class Grouped {

    private Grouped() {
    }

    static <R> List<List<R>> by(List<Long> parentIds, List<Object[]> rows, Function<Object, R> map) {
        Map<Long, List<R>> byParent = new HashMap<>();
        for (Object[] row : rows) {
            byParent.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(map.apply(row[1]));
        }
        List<List<R>> result = new ArrayList<>(parentIds.size());
        for (Long parentId : parentIds) {
            result.add(byParent.getOrDefault(parentId, List.of()));
        }
        return result;
    }
}
