package org.claimgraph.api.store;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the aliases of many actors or locations in one query. */
final class Aliases {

    private Aliases() {}

    static Map<Long, List<String>> of(EntityManager em, String entity, Collection<Long> ids) {
        Map<Long, List<String>> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        List<Object[]> rows = em.createQuery(
                        "select e.id, alias from " + entity
                                + " e join e.aliases alias where e.id in :ids order by alias",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            byId.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return byId;
    }
}
