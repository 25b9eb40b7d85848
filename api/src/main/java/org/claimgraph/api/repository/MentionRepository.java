package org.claimgraph.api.repository;

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

    /** Rows of (article id, location) for every place the given articles mention, each once. */
    public List<Object[]> locationsOf(Collection<Long> articleIds) {
        return em.createQuery("select distinct m.article.id, l from Mention m join m.location l"
                + " where m.article.id in :ids", Object[].class).setParameter("ids", articleIds).getResultList();
    }
}
