package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Mention;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.graphql.schema.paging.PageRequest;
import org.claimgraph.api.store.MentionRepository;
import org.claimgraph.api.store.MentionRepository.MentionList;

/** Reads where actors and places are named, as pages per actor or place. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class MentionQueries {

    @Inject
    MentionRepository mentions;

    public List<Connection<Mention>> ofActors(List<Long> actorIds, PageRequest page) {
        return paged(MentionList.OF_ACTOR, actorIds, page);
    }

    public List<Connection<Mention>> ofLocations(List<Long> locationIds, PageRequest page) {
        return paged(MentionList.OF_LOCATION, locationIds, page);
    }

    private List<Connection<Mention>> paged(MentionList list, List<Long> parentIds, PageRequest page) {
        List<Long> distinct = Aligned.present(parentIds);
        return IdPages.connections(parentIds, mentions.firstIds(list, distinct, page.afterId(), page.fetchSize()),
                page.totalWanted() ? mentions.counts(list, distinct) : Map.of(), page, mentions::findByIds,
                org.claimgraph.domain.Mention::getId, GraphMapper::mention);
    }
}
