package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.domain.Location;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.domain.SearchText;

@ApplicationScoped
public class LocationRepository {

    @Inject
    EntityManager em;

    /** The stored locations among {@code keys}, by resolution key, their aliases loaded with them (ingest adds to them). */
    public Map<String, Location> findByResolutionKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "select l from Location l left join fetch l.aliases where l.resolutionKey in :keys",
                        Location.class)
                .setParameter("keys", keys)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Location::getResolutionKey, Function.identity(), (a, b) -> a));
    }

    public Optional<Location> findById(long id) {
        return Optional.ofNullable(em.find(Location.class, id));
    }

    public List<Location> findByIds(Collection<Long> ids) {
        return em.createQuery("select l from Location l where l.id in :ids", Location.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Places of a kind, under a parent, and/or whose name or an alias contains {@code name}. */
    public List<Location> pageAfter(LocationKind kind, String name, Long parentId, long afterId, int limit) {
        return filtered(
                        "select l from Location l",
                        kind,
                        name,
                        parentId,
                        " and l.id > :after order by l.id",
                        Location.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(LocationKind kind, String name, Long parentId) {
        return filtered("select count(l) from Location l", kind, name, parentId, "", Long.class)
                .getSingleResult();
    }

    private static final PerParentPages CHILDREN = new PerParentPages("location l", "l.parent_id", "l.id");

    /** For each place, the ids of the first {@code limit} places directly inside it after {@code afterId}. */
    public Map<Long, List<Long>> firstChildIds(Collection<Long> ids, long afterId, int limit) {
        return CHILDREN.firstIds(em, ids, PerParentPages.Condition.NONE, afterId, limit);
    }

    /** For each place, how many places lie directly inside it. */
    public Map<Long, Long> childCounts(Collection<Long> ids) {
        return CHILDREN.counts(em, ids, PerParentPages.Condition.NONE);
    }

    /** The places of the claims the given actors made or are about, each with the actor's id. */
    public List<OfParent<Location>> ofClaimsBy(Collection<Long> actorIds) {
        List<OfParent<Location>> rows = new ArrayList<>(OfParent.<Location>query(
                        em,
                        OfParent.SELECT_DISTINCT_NEW + "(c.speaker.id, l) from Claim c"
                                + " join c.locations l where c.speaker.id in :ids")
                .setParameter("ids", actorIds)
                .getResultList());
        rows.addAll(OfParent.<Location>query(
                        em,
                        OfParent.SELECT_DISTINCT_NEW + "(x.id, l) from Claim c join c.about x join c.locations l"
                                + " where x.id in :ids")
                .setParameter("ids", actorIds)
                .getResultList());
        return rows;
    }

    public Map<Long, List<String>> aliasesOf(Collection<Long> ids) {
        return Aliases.of(em, "Location", ids);
    }

    private <T> TypedQuery<T> filtered(
            String select, LocationKind kind, String name, Long parentId, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        if (kind != null) {
            jpql.append(" and l.kind = :kind");
        }
        if (parentId != null) {
            jpql.append(" and l.parent.id = :parent");
        }
        if (name != null) {
            jpql.append(" and l.searchNames like :name");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(tail).toString(), type);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        if (name != null) {
            query.setParameter("name", "%" + SearchText.fold(name) + "%");
        }
        return query;
    }
}
