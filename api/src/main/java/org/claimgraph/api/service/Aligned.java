package org.claimgraph.api.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lines up items loaded by id with the list of ids a batched field was asked for (null where missing). */
final class Aligned {

    private Aligned() {}

    static <T, R> List<R> to(List<Long> ids, Collection<T> loaded, Function<T, Long> id, Function<T, R> map) {
        Map<Long, T> byId = loaded.stream().collect(Collectors.toMap(id, Function.identity()));
        List<R> result = new ArrayList<>(ids.size());
        for (Long wanted : ids) {
            T item = wanted == null ? null : byId.get(wanted);
            result.add(item == null ? null : map.apply(item));
        }
        return result;
    }

    static List<Long> present(List<Long> ids) {
        return ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
