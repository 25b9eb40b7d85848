package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Mention;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.graphql.schema.paging.GroupedPages;
import org.claimgraph.api.graphql.schema.paging.PageRequest;
import org.claimgraph.api.store.MentionRepository;

/** Reads where actors and places are named, as pages per actor or place. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class MentionQueries {

    @Inject
    MentionRepository mentions;

    public List<Connection<Mention>> ofActors(List<Long> actorIds, PageRequest page) {
        return paged(actorIds, mentions.ofActors(actorIds), page);
    }

    public List<Connection<Mention>> ofLocations(List<Long> locationIds, PageRequest page) {
        return paged(locationIds, mentions.ofLocations(locationIds), page);
    }

    private static List<Connection<Mention>> paged(List<Long> parentIds, List<Object[]> rows, PageRequest page) {
        GroupedPages<org.claimgraph.domain.Mention> groups = new GroupedPages<>();
        rows.forEach(r -> groups.add((Long) r[0], (org.claimgraph.domain.Mention) r[1]));
        return groups.connections(parentIds, page, org.claimgraph.domain.Mention::getId, GraphMapper::mention);
    }
}
