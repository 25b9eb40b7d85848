package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.claimgraph.domain.Quantity;

@ApplicationScoped
public class QuantityRepository {

    @Inject
    EntityManager em;

    /** The figures about the given actors, each with the actor's id. */
    public List<OfParent<Quantity>> ofSubjects(Collection<Long> actorIds) {
        return OfParent.<Quantity>query(
                        em,
                        OfParent.SELECT_NEW
                                + "(q.subject.id, q) from Quantity q where q.subject.id in :ids order by q.id")
                .setParameter("ids", actorIds)
                .getResultList();
    }

    /** The figures placed in the given places, each with the place's id. */
    public List<OfParent<Quantity>> ofLocations(Collection<Long> locationIds) {
        return OfParent.<Quantity>query(
                        em,
                        OfParent.SELECT_NEW
                                + "(q.location.id, q) from Quantity q where q.location.id in :ids order by q.id")
                .setParameter("ids", locationIds)
                .getResultList();
    }

    /** The figures of the given articles in body order, each with the article's id. */
    public List<OfParent<Quantity>> ofArticles(Collection<Long> articleIds) {
        return OfParent.<Quantity>query(
                        em,
                        OfParent.SELECT_NEW + "(q.article.id, q) from Quantity q where q.article.id in :ids"
                                + " order by q.evidence.start")
                .setParameter("ids", articleIds)
                .getResultList();
    }
}
