package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.store.QuantityRepository;
import org.claimgraph.domain.Quantity;

/** Reads the figures stated in the articles, batched per actor, place or article. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class QuantityQueries {

    @Inject
    QuantityRepository quantities;

    /** For each actor, the figures about it. */
    public List<List<Quantity>> ofSubjects(List<Long> actorIds) {
        return Grouped.by(actorIds, quantities.ofSubjects(actorIds));
    }

    /** For each place, the figures placed there. */
    public List<List<Quantity>> ofLocations(List<Long> locationIds) {
        return Grouped.by(locationIds, quantities.ofLocations(locationIds));
    }

    /** For each article, the figures it states, in body order. */
    public List<List<Quantity>> ofArticles(List<Long> articleIds) {
        return Grouped.by(articleIds, quantities.ofArticles(articleIds));
    }
}
