package org.claimgraph.api.graphql;

import jakarta.inject.Inject;
import java.util.Collections;
import java.util.List;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.Evidence;
import org.claimgraph.api.graphql.schema.Location;
import org.claimgraph.api.graphql.schema.Mention;
import org.claimgraph.api.service.ActorQueries;
import org.claimgraph.api.service.ClaimQueries;
import org.claimgraph.api.service.LocationQueries;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The fields of Mention, each batched over all mentions of a page. */
@GraphQLApi
public class MentionResource {

    @Inject
    ClaimQueries claims;

    @Inject
    ActorQueries actors;

    @Inject
    LocationQueries locations;

    public List<@NonNull Evidence> evidence(@Source List<Mention> sources) {
        return claims.evidence(sources.stream().map(Mention::span).toList(), Collections.nCopies(sources.size(), null));
    }

    public List<Actor> actor(@Source List<Mention> sources) {
        return actors.byIds(sources.stream().map(Mention::actorId).toList());
    }

    public List<Location> location(@Source List<Mention> sources) {
        return locations.byIds(sources.stream().map(Mention::locationId).toList());
    }
}
