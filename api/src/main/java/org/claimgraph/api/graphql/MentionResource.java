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
        return Nodes.evidence(claims.excerpts(
                Nodes.each(sources, m -> Nodes.span(m.span())), Collections.nCopies(sources.size(), null)));
    }

    public List<Actor> actor(@Source List<Mention> sources) {
        return Nodes.each(actors.byIds(sources.stream().map(Mention::actorId).toList()), Nodes::actor);
    }

    public List<Location> location(@Source List<Mention> sources) {
        return Nodes.each(
                locations.byIds(sources.stream().map(Mention::locationId).toList()), Nodes::location);
    }
}
