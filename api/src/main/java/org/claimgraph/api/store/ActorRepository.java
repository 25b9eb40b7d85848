package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.SearchText;

@ApplicationScoped
public class ActorRepository {

    @Inject
    EntityManager em;

    /** The stored actors among {@code keys}, by resolution key, their aliases loaded with them (ingest adds to them). */
    public Map<String, Actor> findByResolutionKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery(
                        "select a from Actor a left join fetch a.aliases where a.resolutionKey in :keys", Actor.class)
                .setParameter("keys", keys)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Actor::getResolutionKey, Function.identity(), (a, b) -> a));
    }

    public List<Actor> findByIds(Collection<Long> ids) {
        return IdParameters.in(ids, in -> em.createQuery("select a from Actor a where a.id in " + in, Actor.class))
                .getResultList();
    }

    /** Actors of a kind and/or whose name or an alias contains {@code name} (case-insensitive). */
    public List<Actor> pageAfter(ActorKind kind, String name, long afterId, int limit) {
        return filtered("select a from Actor a", kind, name, " and a.id > :after order by a.id", Actor.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(ActorKind kind, String name) {
        return filtered("select count(a) from Actor a", kind, name, "", Long.class)
                .getSingleResult();
    }

    private static final PerParentPages MEMBERS = new PerParentPages("actor a", "a.affiliation_id", "a.id");

    /** For each organisation or country, the ids of the first {@code limit} actors affiliated with it after {@code afterId}. */
    public Map<Long, List<Long>> firstMemberIds(Collection<Long> ids, long afterId, int limit) {
        return MEMBERS.firstIds(em, ids, PerParentPages.Condition.NONE, afterId, limit);
    }

    /** For each organisation or country, how many actors are affiliated with it. */
    public Map<Long, Long> memberCounts(Collection<Long> ids) {
        return MEMBERS.counts(em, ids, PerParentPages.Condition.NONE);
    }

    /**
     * For each place, the ids of the first {@code limit} actors after {@code afterId} that speak in or are the
     * subject of a claim placed there: one select a place, joined by union all, each with its limit.
     */
    public Map<Long, List<Long>> firstIdsInClaimsAt(Collection<Long> places, long afterId, int limit) {
        List<Long> ids = PerParentPages.padded(places);
        if (ids.isEmpty() || limit <= 0) {
            return Map.of();
        }
        String sql = PerParentPages.unionAll(
                ids.size(),
                i -> "select cast(:p" + i + " as bigint) as k, x.actor as id from ("
                        + actorsAt(":p" + i, " and %s > :after") + ") x order by x.actor limit :n");
        Query query = em.createNativeQuery(sql, OfParent.class)
                .setParameter("after", afterId)
                .setParameter("n", limit);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter("p" + i, ids.get(i));
        }
        return PerParentPages.pagesOf(OfParent.ofSql(query));
    }

    /** For each place, how many actors speak in or are the subject of the claims placed there. */
    public Map<Long, Long> countInClaimsAt(Collection<Long> places) {
        if (places.isEmpty()) {
            return Map.of();
        }
        return OfParent.byParent(OfParent.ofSql(IdParameters.in(
                places,
                in -> em.createNativeQuery(
                        "select x.place as k, count(distinct x.actor) as n from ("
                                + "select cl.location_id as place, c.speaker_id as actor from claim_location cl"
                                + " join claim c on c.id = cl.claim_id where cl.location_id in " + in
                                + " and c.speaker_id is not null"
                                + " union all select cl.location_id as place, a.actor_id as actor from claim_location cl"
                                + " join claim_about a on a.claim_id = cl.claim_id where cl.location_id in " + in
                                + ") x group by x.place",
                        OfParent.class))));
    }

    /** The speakers and subjects of the claims placed at {@code place}, each once, with a condition on the actor id. */
    private static String actorsAt(String place, String actorCondition) {
        return "select c.speaker_id as actor from claim_location cl join claim c on c.id = cl.claim_id"
                + " where cl.location_id = " + place + actorCondition.formatted("c.speaker_id")
                + " union select a.actor_id as actor from claim_location cl join claim_about a on a.claim_id = cl.claim_id"
                + " where cl.location_id = " + place + actorCondition.formatted("a.actor_id");
    }

    public Map<Long, List<String>> aliasesOf(Collection<Long> ids) {
        return Aliases.of(em, "Actor", ids);
    }

    private <T> TypedQuery<T> filtered(String select, ActorKind kind, String name, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        if (kind != null) {
            jpql.append(" and a.kind = :kind");
        }
        if (name != null) {
            jpql.append(" and a.searchNames like :name");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(tail).toString(), type);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (name != null) {
            query.setParameter("name", "%" + SearchText.fold(name) + "%");
        }
        return query;
    }
}
