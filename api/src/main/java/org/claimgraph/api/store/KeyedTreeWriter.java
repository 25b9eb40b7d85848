package org.claimgraph.api.store;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds or creates the entities of extracted items that point to a parent by key (a place inside a
 * place, an actor affiliated with an actor), parents before children. A new entity is inserted whole,
 * its parent and aliases set, so no update follows its insert; a cycle of parents is closed after both
 * are stored.
 *
 * @param <X> the extracted item
 * @param <E> the stored entity
 */
final class KeyedTreeWriter<X, E> {

    /** How the items and entities of one kind are read and written. */
    interface Shape<X, E> {
        String key(X item);

        String parentKey(X item);

        E create(X item);

        /** Fills in what a stored entity may still lack (aliases, a title) from a new mention of it. */
        void enrich(E entity, X item);

        E parent(E entity);

        void setParent(E entity, E parent);
    }

    private final EntityManager em;
    private final Shape<X, E> shape;
    private final Map<String, X> extracted;
    private final Map<String, E> stored;
    private final Map<String, E> resolved = new HashMap<>();

    KeyedTreeWriter(
            EntityManager em, Shape<X, E> shape, List<X> items, Function<Set<String>, Map<String, E>> findByKeys) {
        this.em = em;
        this.shape = shape;
        this.extracted = items.stream().collect(Collectors.toMap(shape::key, Function.identity(), (a, b) -> a));
        this.stored = findByKeys.apply(extracted.keySet());
    }

    /** Every item's entity, by key. */
    Map<String, E> resolveAll() {
        extracted.keySet().forEach(this::resolve);
        return resolved;
    }

    private E resolve(String key) {
        E done = resolved.get(key);
        X item = extracted.get(key);
        if (done != null || item == null) {
            return done;
        }
        E entity = stored.get(key);
        boolean created = entity == null;
        if (created) {
            entity = shape.create(item);
        }
        resolved.put(key, entity);
        E parent = null;
        String parentKey = shape.parentKey(item);
        if (shape.parent(entity) == null && parentKey != null && !parentKey.equals(key)) {
            parent = resolve(parentKey);
        }
        shape.enrich(entity, item);
        if (parent != null && (!created || em.contains(parent))) {
            shape.setParent(entity, parent);
            parent = null;
        }
        if (created) {
            em.persist(entity);
        }
        if (parent != null) { // a cycle of parents: the parent is stored only after this entity
            shape.setParent(entity, parent);
        }
        return entity;
    }
}
