package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.claimgraph.api.store.MentionRepository;
import org.claimgraph.api.store.MentionRepository.MentionList;
import org.claimgraph.domain.Mention;

/** Reads where actors and places are named, as pages per actor or place. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class MentionQueries {

    @Inject
    MentionRepository mentions;

    public List<Page<Mention>> ofActors(List<Long> actorIds, PageSpec spec) {
        return paged(MentionList.OF_ACTOR, actorIds, spec);
    }

    public List<Page<Mention>> ofLocations(List<Long> locationIds, PageSpec spec) {
        return paged(MentionList.OF_LOCATION, locationIds, spec);
    }

    private List<Page<Mention>> paged(MentionList list, List<Long> parentIds, PageSpec spec) {
        List<Long> distinct = Aligned.present(parentIds);
        return IdPages.pages(
                parentIds,
                mentions.firstIds(list, distinct, spec.afterId(), spec.fetchSize()),
                spec.totalWanted() ? mentions.counts(list, distinct) : Map.of(),
                spec,
                mentions::findByIds,
                Mention::getId);
    }
}
