package org.claimgraph.api.service;

import java.util.Collection;
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

    /** Pairs entities with their aliases, read for all of {@code loaded} in one call of {@code aliasesOf}. */
    static <E> Function<E, Aliased<E>> readFor(
            Collection<E> loaded, Function<List<Long>, Map<Long, List<String>>> aliasesOf, ToLongFunction<E> id) {
        List<Long> ids = loaded.stream().map(id::applyAsLong).distinct().toList();
        return from(aliasesOf.apply(ids), id);
    }

    /** Each entity of each list with its aliases, read for all the lists at once. */
    static <E> List<List<Aliased<E>>> eachOf(
            List<List<E>> lists, Function<List<Long>, Map<Long, List<String>>> aliasesOf, ToLongFunction<E> id) {
        Function<E, Aliased<E>> aliased =
                readFor(lists.stream().flatMap(List::stream).toList(), aliasesOf, id);
        return lists.stream().map(list -> list.stream().map(aliased).toList()).toList();
    }
}
