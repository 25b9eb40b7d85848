package org.claimgraph.api.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * An actor or place with its aliases. The entity's own alias collection is lazy: the services read the aliases
 * of a whole page or batch in one query and hand them out with each entity.
 */
public record Aliased<E>(E entity, List<String> aliases) {

    /** Pairs each entity with its aliases from {@code aliases} (by id), none where it has none. */
    static <E> Function<E, Aliased<E>> from(Map<Long, List<String>> aliases, ToLongFunction<E> id) {
        return entity -> new Aliased<>(entity, aliases.getOrDefault(id.applyAsLong(entity), List.of()));
    }
}
