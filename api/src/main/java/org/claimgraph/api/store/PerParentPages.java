package org.claimgraph.api.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads the first page of many parents' lists in one statement, with the limit in SQL: for each parent a
 * select of the child ids after the cursor, in id order, that stops after the page (a range scan of an index on
 * (parent, child id)), the parents' selects joined by {@code union all}. A page under a parent with two hundred
 * thousand children costs what it costs under a parent with twenty. Counts are separate, read only when asked.
 * <p>The order names the parent column too, though it is fixed: H2 reads the index in order and stops after
 * the page only when the order is the index's whole key; by the child id alone it reads all the parent's entries.
 * <p>A list is described by the table it is read from ({@code from}, which may join the claim as {@code c} for
 * its conditions), the column of the parent id and the column of the child id; whether a child may come in
 * several rows of one parent ({@code distinct}: the articles that name an actor, one row a mention), so that
 * each is read once and the limit counts children, not rows; and, for an index with more columns between the
 * parent and the child whose values the condition fixes ({@code fixedColumns}, such as a claim's side of a
 * proposition), those columns, named in the order for the same reason as the parent.
 */
public record PerParentPages(
        String from, String parentColumn, String fixedColumns, String childColumn, boolean distinct) {

    /** A list whose rows are its children, each in one row of its parent. */
    public PerParentPages(String from, String parentColumn, String childColumn) {
        this(from, parentColumn, "", childColumn, false);
    }

    /** A list whose children may come in several rows of a parent when {@code distinct}. */
    public PerParentPages(String from, String parentColumn, String childColumn, boolean distinct) {
        this(from, parentColumn, "", childColumn, distinct);
    }

    /** A condition on the rows, in SQL with named parameters, and the parameters' values. */
    public record Condition(String sql, Map<String, Object> parameters) {
        public static final Condition NONE = new Condition("", Map.of());
    }

    /** For each parent that has any, the ids of its first {@code limit} children after {@code afterId}, ascending. */
    public Map<Long, List<Long>> firstIds(
            EntityManager em, Collection<Long> parents, Condition condition, long afterId, int limit) {
        List<Long> ids = padded(parents);
        if (ids.isEmpty() || limit <= 0) {
            return Map.of();
        }
        String order = parentColumn + (fixedColumns.isEmpty() ? "" : ", " + fixedColumns) + ", " + childColumn;
        String sql = unionAll(
                ids.size(),
                i -> (distinct ? "select distinct " : "select ") + parentColumn + " as k, " + childColumn
                        + " as id from "
                        + from + " where " + parentColumn + " = :p" + i + " and " + childColumn + " > :after"
                        + condition.sql() + " order by " + order + " limit :n");
        Query query = em.createNativeQuery(sql, OfParent.class)
                .setParameter("after", afterId)
                .setParameter("n", limit);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("p" + i, ids.get(i));
        }
        condition.parameters().forEach(query::setParameter);
        return pagesOf(OfParent.ofSql(query));
    }

    /** The (parent, child id) rows of the selects of a page per parent, as each parent's ids, ascending. */
    static Map<Long, List<Long>> pagesOf(List<OfParent<Long>> rows) {
        Map<Long, List<Long>> pages = new HashMap<>();
        for (OfParent<Long> row : rows) {
            List<Long> page = pages.computeIfAbsent(row.parentId(), k -> new ArrayList<>());
            if (!page.contains(row.item())) { // a parent asked twice (padding) reads its rows twice
                page.add(row.item());
            }
        }
        pages.values().forEach(page -> page.sort(null));
        return pages;
    }

    /** How many children each parent has that meet the condition (parents without any are absent). */
    public Map<Long, Long> counts(EntityManager em, Collection<Long> parents, Condition condition) {
        if (parents.isEmpty()) {
            return Map.of();
        }
        Query query = IdParameters.in(
                parents,
                in -> em.createNativeQuery(
                        "select " + parentColumn + " as k, count(distinct " + childColumn + ") as n from " + from
                                + " where " + parentColumn + " in " + in + condition.sql() + " group by "
                                + parentColumn,
                        OfParent.class));
        condition.parameters().forEach(query::setParameter);
        return OfParent.byParent(OfParent.ofSql(query));
    }

    /** The selects {@code select} makes of 0 to {@code count - 1}, each in parentheses, joined by union all. */
    static String unionAll(int count, IntFunction<String> select) {
        return IntStream.range(0, count)
                .mapToObj(i -> "(" + select.apply(i) + ")")
                .collect(Collectors.joining(" union all "));
    }

    /** The distinct parents, padded to a power of two by repeating the last: few distinct statements to parse. */
    static <T> List<T> padded(Collection<T> parents) {
        List<T> ids = new ArrayList<>(parents.stream().distinct().toList());
        if (ids.isEmpty()) {
            return ids;
        }
        T last = ids.get(ids.size() - 1);
        while (Integer.bitCount(ids.size()) > 1) {
            ids.add(last);
        }
        return ids;
    }
}
