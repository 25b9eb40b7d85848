package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class QuantityRepository {

    @Inject
    EntityManager em;

    /** Rows of (actor id, quantity) for figures about the given actors. */
    public List<Object[]> ofSubjects(Collection<Long> actorIds) {
        return em.createQuery(
                        "select q.subject.id, q from Quantity q where q.subject.id in :ids order by q.id",
                        Object[].class)
                .setParameter("ids", actorIds)
                .getResultList();
    }

    /** Rows of (location id, quantity) for figures placed in the given places. */
    public List<Object[]> ofLocations(Collection<Long> locationIds) {
        return em.createQuery(
                        "select q.location.id, q from Quantity q where q.location.id in :ids order by q.id",
                        Object[].class)
                .setParameter("ids", locationIds)
                .getResultList();
    }

    /** Rows of (article id, quantity) for the given articles, in body order. */
    public List<Object[]> ofArticles(Collection<Long> articleIds) {
        return em.createQuery(
                        "select q.article.id, q from Quantity q where q.article.id in :ids"
                                + " order by q.evidence.start",
                        Object[].class)
                .setParameter("ids", articleIds)
                .getResultList();
    }
}
