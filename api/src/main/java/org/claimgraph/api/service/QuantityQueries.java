package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.claimgraph.api.store.QuantityRepository;
import org.claimgraph.api.store.QuantityRepository.QuantityList;
import org.claimgraph.domain.Quantity;

/** Reads the figures stated in the articles, batched per actor, place or article. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class QuantityQueries {

    @Inject
    QuantityRepository quantities;

    /** For each actor, a page of the figures about it, in the order they were stored. */
    public List<Page<Quantity>> ofSubjects(List<Long> actorIds, PageSpec spec) {
        return paged(QuantityList.ABOUT_ACTOR, actorIds, spec);
    }

    /** For each place, a page of the figures placed there, in the order they were stored. */
    public List<Page<Quantity>> ofLocations(List<Long> locationIds, PageSpec spec) {
        return paged(QuantityList.AT_LOCATION, locationIds, spec);
    }

    private List<Page<Quantity>> paged(QuantityList list, List<Long> parentIds, PageSpec spec) {
        List<Long> distinct = Aligned.present(parentIds);
        return IdPages.pages(
                parentIds,
                quantities.firstIds(list, distinct, spec.afterId(), spec.fetchSize()),
                spec.totalWanted() ? quantities.counts(list, distinct) : Map.of(),
                spec,
                quantities::findByIds,
                Quantity::getId);
    }

    /** For each article, the figures it states, in body order. */
    public List<List<Quantity>> ofArticles(List<Long> articleIds) {
        return Grouped.by(articleIds, quantities.ofArticles(articleIds));
    }
}
