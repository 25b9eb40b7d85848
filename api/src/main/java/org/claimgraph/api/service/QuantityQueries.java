package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.mapping.GraphMapper;
import org.claimgraph.api.graphql.model.Quantity;
import org.claimgraph.api.repository.QuantityRepository;

@ApplicationScoped
public class QuantityQueries {

    @Inject
    QuantityRepository quantities;

    /** For each article, the figures it states, in body order. */
    public List<List<Quantity>> ofArticles(List<Long> articleIds) {
        return Grouped.by(articleIds, quantities.ofArticles(articleIds),
                q -> GraphMapper.quantity((org.claimgraph.domain.Quantity) q));
    }
}
