package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
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
        return IdParameters.in(
                        ids, in -> em.createQuery("select l from Location l where l.id in " + in, Location.class))
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

    /**
     * For each actor, the ids of the first {@code limit} places after {@code afterId} of the claims it made or
     * is about, each place once: one select an actor, joined by union all, each with its limit.
     */
    public Map<Long, List<Long>> firstIdsOfClaimsBy(Collection<Long> actorIds, long afterId, int limit) {
        List<Long> ids = PerParentPages.padded(actorIds);
        if (ids.isEmpty() || limit <= 0) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : " union all ")
                    .append("(select cast(:p%1$d as bigint) as k, x.place as id from (".formatted(i))
                    .append(placesOfClaimsBy(":p" + i, " and cl.location_id > :after"))
                    .append(") x order by x.place limit :n)");
        }
        Query query = em.createNativeQuery(sql.toString(), OfParent.class)
                .setParameter("after", afterId)
                .setParameter("n", limit);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("p" + i, ids.get(i));
        }
        return PerParentPages.pagesOf(OfParent.ofSql(query));
    }

    /** For each actor, how many places the claims it made or is about are placed in. */
    public Map<Long, Long> countsOfClaimsBy(Collection<Long> actorIds) {
        if (actorIds.isEmpty()) {
            return Map.of();
        }
        return OfParent.byParent(OfParent.ofSql(IdParameters.in(
                actorIds,
                in -> em.createNativeQuery(
                        "select x.actor as k, count(distinct x.place) as n from ("
                                + "select c.speaker_id as actor, cl.location_id as place from claim c"
                                + " join claim_location cl on cl.claim_id = c.id where c.speaker_id in " + in
                                + " union all select a.actor_id as actor, cl.location_id as place from claim_about a"
                                + " join claim_location cl on cl.claim_id = a.claim_id where a.actor_id in " + in
                                + ") x group by x.actor",
                        OfParent.class))));
    }

    /** The places of the claims {@code actor} made or is about, each once, with a condition on the place. */
    private static String placesOfClaimsBy(String actor, String placeCondition) {
        return "select cl.location_id as place from claim c join claim_location cl on cl.claim_id = c.id"
                + " where c.speaker_id = " + actor + placeCondition
                + " union select cl.location_id as place from claim_about a"
                + " join claim_location cl on cl.claim_id = a.claim_id where a.actor_id = " + actor + placeCondition;
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
