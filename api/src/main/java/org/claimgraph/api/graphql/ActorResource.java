package org.claimgraph.api.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.model.Actor;
import org.claimgraph.api.graphql.model.ActorFilter;
import org.claimgraph.api.graphql.model.Claim;
import org.claimgraph.api.graphql.model.ClaimFilter;
import org.claimgraph.api.graphql.paging.Connection;
import org.claimgraph.api.graphql.paging.PageRequest;
import org.claimgraph.api.service.ActorQueries;
import org.claimgraph.api.service.ClaimQueries;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Actors at the root, and the fields of Actor that need another load (each batched over all actors). */
@GraphQLApi
public class ActorResource {

    @Inject
    ActorQueries actors;

    @Inject
    ClaimQueries claims;

    @Query
    @Description("People, organisations, countries and groups; name matches aliases too, ignoring case.")
    public @NonNull Connection<Actor> actors(ActorFilter filter, @DefaultValue("20") Integer first, String after) {
        return actors.page(filter == null ? null : filter.kind(),
                filter == null ? null : Criteria.blankToNull(filter.name()), PageRequest.of(first, after));
    }

    @Query
    public Actor actor(@NonNull @Id String id) {
        return actors.byId(Ids.parse(id, "id")).orElse(null);
    }

    @Description("The organisation or country the actor belongs to: a spokesman's ministry, a branch's parent.")
    public List<Actor> affiliation(@Source List<Actor> sources) {
        return actors.byIds(sources.stream().map(Actor::affiliationId).toList());
    }

    @Description("The claims this actor made, as speaker.")
    public List<@NonNull Connection<Claim>> claims(@Source List<Actor> sources, ClaimFilter filter,
            @DefaultValue("20") Integer first, String after) {
        List<Long> ids = sources.stream().map(a -> Long.valueOf(a.id())).toList();
        return claims.bySpeakers(ids, Criteria.of(filter), PageRequest.of(first, after));
    }
}
