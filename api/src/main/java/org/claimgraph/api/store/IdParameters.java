package org.claimgraph.api.store;

import jakarta.persistence.Query;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * An {@code in} list of ids as single parameters ({@code (:ids0, :ids1, ...)}), padded to a power of two by
 * repeating the last id. Hibernate builds the SQL of a query with a list-valued parameter again at every
 * execution; with single parameters it builds the SQL of each padded length once and keeps it. Batches of claims
 * and articles by id spent a quarter of their time building SQL before (JFR, the actor page).
 */
final class IdParameters {

    private IdParameters() {}

    /**
     * The query {@code text} makes of the parameter list, with the ids bound. No ids bind one null: {@code in
     * (null)} matches no row.
     */
    static <Q extends Query> Q in(Collection<Long> ids, Function<String, Q> text) {
        List<Long> padded = ids.isEmpty() ? Collections.singletonList(null) : PerParentPages.padded(ids);
        StringBuilder list = new StringBuilder("(");
        for (int i = 0; i < padded.size(); i++) {
            list.append(i == 0 ? ":ids" : ", :ids").append(i);
        }
        Q query = text.apply(list.append(')').toString());
        for (int i = 0; i < padded.size(); i++) {
            query.setParameter("ids" + i, padded.get(i));
        }
        return query;
    }
}
