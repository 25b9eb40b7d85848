package org.claimgraph.api.graphql;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.function.Predicate;
import org.claimgraph.api.events.ClaimAdded;
import org.claimgraph.api.events.ClaimEvents;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.ClaimFilter;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.read.ClaimCriteria;
import org.claimgraph.domain.SearchText;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class ClaimSubscription {

    @Inject
    ClaimEvents events;

    @Subscription
    @Description("Each claim as it is stored by an ingest. With since, the id of the last claim the client has seen, "
            + "first the claims stored after it that the server still holds (the last " + ClaimEvents.REPLAYED
            + "), so that none stored before the subscription was registered is missed.")
    public Multi<@NonNull Claim> claimAdded(ClaimFilter filter, @Id String since) {
        // nested fields query the database: resolve them on a worker thread, never on the event loop
        return events.stream(matching(Criteria.of(filter)), Ids.parse(since, "since"))
                .map(added -> GraphMapper.claim(added.claim()))
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Predicate<ClaimAdded> matching(ClaimCriteria c) {
        String text = c.text() == null ? null : SearchText.fold(c.text());
        return added -> {
            org.claimgraph.domain.Claim claim = added.claim();
            Long speakerId =
                    claim.getSpeaker() == null ? null : claim.getSpeaker().getId();
            return (c.speakerId() == null || c.speakerId().equals(speakerId))
                    && (c.articleId() == null
                            || c.articleId().equals(claim.getArticle().getId()))
                    && (c.stance() == null || c.stance() == claim.getStance())
                    && (c.kind() == null || c.kind() == claim.getKind())
                    && (c.aboutId() == null || added.aboutIds().contains(c.aboutId()))
                    && (c.locationId() == null || added.locationIds().contains(c.locationId()))
                    && (text == null
                            || Objects.requireNonNullElse(added.searchText(), "")
                                    .contains(text));
        };
    }
}
