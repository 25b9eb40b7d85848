package org.claimgraph.api.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class QuantityRepository {

    @Inject
    EntityManager em;

    /** Rows of (article id, quantity) for the given articles, in body order. */
    public List<Object[]> ofArticles(Collection<Long> articleIds) {
        return em.createQuery("select q.article.id, q from Quantity q where q.article.id in :ids"
                + " order by q.evidence.start", Object[].class).setParameter("ids", articleIds).getResultList();
    }
}
