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
        List<OfParent<String>> rows = IdParameters.in(
                        ids,
                        in -> OfParent.<String>query(
                                em,
                                OfParent.SELECT_NEW + "(e.id, alias) from " + entity
                                        + " e join e.aliases alias where e.id in " + in + " order by alias"))
                .getResultList();
        for (OfParent<String> row : rows) {
            byId.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row.item());
        }
        return byId;
    }
}
