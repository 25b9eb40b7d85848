package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Quantity;
import org.claimgraph.api.store.QuantityRepository;

// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class QuantityQueries {

    @Inject
    QuantityRepository quantities;

    /** For each actor, the figures about it. */
    public List<List<Quantity>> ofSubjects(List<Long> actorIds) {
        return Grouped.by(
                actorIds,
                quantities.ofSubjects(actorIds),
                q -> GraphMapper.quantity((org.claimgraph.domain.Quantity) q));
    }

    /** For each place, the figures placed there. */
    public List<List<Quantity>> ofLocations(List<Long> locationIds) {
        return Grouped.by(
                locationIds,
                quantities.ofLocations(locationIds),
                q -> GraphMapper.quantity((org.claimgraph.domain.Quantity) q));
    }

    /** For each article, the figures it states, in body order. */
    public List<List<Quantity>> ofArticles(List<Long> articleIds) {
        return Grouped.by(
                articleIds,
                quantities.ofArticles(articleIds),
                q -> GraphMapper.quantity((org.claimgraph.domain.Quantity) q));
    }
}
