package org.claimgraph.api.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An item read for one of many parents in one statement: an actor a claim is about, a place an article
 * mentions, a page's child id, a count. The statements make the rows with {@code select new} (HQL) or as
 * records of their two columns (SQL), so that no caller reads a row by position.
 */
public record OfParent<T>(Long parentId, T item) {

    /** The HQL head that makes these rows: {@code select new OfParent(parent id, item)}. */
    static final String SELECT_NEW = "select new " + OfParent.class.getName();

    /** The same, each (parent, item) pair once. */
    static final String SELECT_DISTINCT_NEW = "select distinct new " + OfParent.class.getName();

    /** An HQL query whose select is {@link #SELECT_NEW}{@code (parent id, item)}, typed by its item. */
    @SuppressWarnings("unchecked") // the record's type parameter is erased: the select fixes the item's type
    static <T> TypedQuery<OfParent<T>> query(EntityManager em, String hql) {
        return (TypedQuery<OfParent<T>>) (TypedQuery<?>) em.createQuery(hql, OfParent.class);
    }

    /** The rows of an SQL query with two BIGINT columns, the parent id and a child id or a count. */
    @SuppressWarnings("unchecked") // both columns are BIGINT: the items are Longs
    static List<OfParent<Long>> ofSql(jakarta.persistence.Query sql) {
        return (List<OfParent<Long>>) sql.getResultList();
    }

    /** One value per parent, for rows that hold one each (counts). */
    static Map<Long, Long> byParent(Collection<OfParent<Long>> rows) {
        Map<Long, Long> values = new HashMap<>();
        rows.forEach(row -> values.put(row.parentId(), row.item()));
        return values;
    }
}
