package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.SearchText;
import org.claimgraph.domain.ActorKind;

@ApplicationScoped
public class ActorRepository {

    @Inject
    EntityManager em;

    /** The stored actors among {@code keys}, by resolution key, their aliases loaded with them (ingest adds to them). */
    public Map<String, Actor> findByResolutionKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from Actor a left join fetch a.aliases where a.resolutionKey in :keys", Actor.class)
                .setParameter("keys", keys).getResultList().stream()
                .collect(Collectors.toMap(Actor::getResolutionKey, Function.identity(), (a, b) -> a));
    }

    public List<Actor> findByIds(Collection<Long> ids) {
        return em.createQuery("select a from Actor a where a.id in :ids", Actor.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Actors of a kind and/or whose name or an alias contains {@code name} (case-insensitive). */
    public List<Actor> pageAfter(ActorKind kind, String name, long afterId, int limit) {
        return filtered("select a from Actor a", kind, name, " and a.id > :after order by a.id", Actor.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    public long count(ActorKind kind, String name) {
        return filtered("select count(a) from Actor a", kind, name, "", Long.class).getSingleResult();
    }

    /** Rows of (organisation id, member) for actors affiliated with the given ones. */
    public List<Object[]> membersOf(Collection<Long> ids) {
        return em.createQuery("select a.affiliation.id, a from Actor a where a.affiliation.id in :ids order by a.id",
                Object[].class).setParameter("ids", ids).getResultList();
    }

    /** Rows of (place id, actor) for the speakers and subjects of claims placed in the given places. */
    public List<Object[]> inClaimsAt(Collection<Long> locationIds) {
        List<Object[]> rows = new ArrayList<>(em.createQuery("select distinct l.id, s from Claim c"
                + " join c.locations l join c.speaker s where l.id in :ids", Object[].class)
                .setParameter("ids", locationIds).getResultList());
        rows.addAll(em.createQuery("select distinct l.id, x from Claim c join c.locations l join c.about x"
                + " where l.id in :ids", Object[].class).setParameter("ids", locationIds).getResultList());
        return rows;
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
