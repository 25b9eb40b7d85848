package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.Quantity;

@ApplicationScoped
public class QuantityRepository {

    @Inject
    EntityManager em;

    /** The figures about an actor, and those placed in a place: read a page per actor or place. */
    public enum QuantityList {
        ABOUT_ACTOR(new PerParentPages("quantity q", "q.subject_id", "q.id")),
        AT_LOCATION(new PerParentPages("quantity q", "q.location_id", "q.id"));

        private final PerParentPages pages;

        QuantityList(PerParentPages pages) {
            this.pages = pages;
        }
    }

    /** For each actor or place, the ids of its first {@code limit} figures after {@code afterId}. */
    public Map<Long, List<Long>> firstIds(QuantityList list, Collection<Long> parentIds, long afterId, int limit) {
        return list.pages.firstIds(em, parentIds, PerParentPages.Condition.NONE, afterId, limit);
    }

    /** For each actor or place, how many figures it has. */
    public Map<Long, Long> counts(QuantityList list, Collection<Long> parentIds) {
        return list.pages.counts(em, parentIds, PerParentPages.Condition.NONE);
    }

    public List<Quantity> findByIds(Collection<Long> ids) {
        return IdParameters.in(
                        ids, in -> em.createQuery("select q from Quantity q where q.id in " + in, Quantity.class))
                .getResultList();
    }

    /** The figures of the given articles in body order, each with the article's id. */
    public List<OfParent<Quantity>> ofArticles(Collection<Long> articleIds) {
        return IdParameters.in(
                        articleIds,
                        in -> OfParent.<Quantity>query(
                                em,
                                OfParent.SELECT_NEW + "(q.article.id, q) from Quantity q where q.article.id in " + in
                                        + " order by q.evidence.start"))
                .getResultList();
    }
}
