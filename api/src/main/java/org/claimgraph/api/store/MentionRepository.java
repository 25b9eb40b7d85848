package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class MentionRepository {

    @Inject
    EntityManager em;

    /** Rows of (article id, actor) for every actor the given articles mention, each once. */
    public List<Object[]> actorsOf(Collection<Long> articleIds) {
        return em.createQuery("select distinct m.article.id, a from Mention m join m.actor a"
                + " where m.article.id in :ids", Object[].class).setParameter("ids", articleIds).getResultList();
    }

    /** Rows of (actor id, mention) in mention order. */
    public List<Object[]> ofActors(Collection<Long> actorIds) {
        return em.createQuery("select m.actor.id, m from Mention m where m.actor.id in :ids order by m.id",
                Object[].class).setParameter("ids", actorIds).getResultList();
    }

    /** Rows of (location id, mention) in mention order. */
    public List<Object[]> ofLocations(Collection<Long> locationIds) {
        return em.createQuery("select m.location.id, m from Mention m where m.location.id in :ids order by m.id",
                Object[].class).setParameter("ids", locationIds).getResultList();
    }

    /** Rows of (actor id, article) for the articles that mention the given actors, each once. */
    public List<Object[]> articlesMentioningActors(Collection<Long> actorIds) {
        return em.createQuery("select distinct m.actor.id, a from Mention m join m.article a"
                + " where m.actor.id in :ids", Object[].class).setParameter("ids", actorIds).getResultList();
    }

    /** Rows of (location id, article) for the articles that mention the given places, each once. */
    public List<Object[]> articlesMentioningLocations(Collection<Long> locationIds) {
        return em.createQuery("select distinct m.location.id, a from Mention m join m.article a"
                + " where m.location.id in :ids", Object[].class).setParameter("ids", locationIds).getResultList();
    }

    /** Rows of (article id, location) for every place the given articles mention, each once. */
    public List<Object[]> locationsOf(Collection<Long> articleIds) {
        return em.createQuery("select distinct m.article.id, l from Mention m join m.location l"
                + " where m.article.id in :ids", Object[].class).setParameter("ids", articleIds).getResultList();
    }
}
