package org.claimgraph.api.graphql;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.ClaimFilter;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Location;
import org.claimgraph.api.graphql.schema.LocationFilter;
import org.claimgraph.api.graphql.schema.Mention;
import org.claimgraph.api.graphql.schema.Quantity;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.read.ClaimRow;
import org.claimgraph.api.service.ActorQueries;
import org.claimgraph.api.service.ClaimQueries;
import org.claimgraph.api.service.LocationQueries;
import org.claimgraph.api.service.MentionQueries;
import org.claimgraph.api.service.QuantityQueries;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Places at the root, and the fields of Location that need another load (each batched). */
@GraphQLApi
public class LocationResource {

    @Inject
    Context context;

    @Inject
    LocationQueries locations;

    @Inject
    ClaimQueries claims;

    @Inject
    ActorQueries actors;

    @Inject
    QuantityQueries quantities;

    @Inject
    MentionQueries mentions;

    @Query
    @Description("Countries, provinces, districts, cities, areas, rivers and regions named in the articles.")
    public @NonNull Connection<Location> locations(
            LocationFilter filter, @DefaultValue("20") Integer first, String after) {
        return Pages.connection(
                locations.page(
                        filter == null ? null : filter.kind(),
                        filter == null ? null : Criteria.blankToNull(filter.name()),
                        filter == null ? null : Ids.parse(filter.parent(), "filter.parent"),
                        Pages.spec(first, after, context),
                        Selected.aliases(context)),
                Nodes::locationId,
                Nodes::location);
    }

    @Query
    public Location location(@NonNull @Id String id) {
        return locations
                .byId(Ids.parse(id, "id"), Selected.aliases(context))
                .map(Nodes::location)
                .orElse(null);
    }

    @Description("The place this one lies in: a district's province, a province's country.")
    public List<Location> parent(@Source List<Location> sources) {
        return Nodes.each(
                locations.byIds(sources.stream().map(Location::parentId).toList(), Selected.aliases(context)),
                Nodes::location);
    }

    @Description("Claims placed here or in a place directly inside this one.")
    public List<@NonNull Connection<Claim>> claims(
            @Source List<Location> sources, ClaimFilter filter, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                claims.byLocations(ids(sources), Criteria.of(filter), Pages.spec(first, after, context)),
                ClaimRow::id,
                Nodes::claim);
    }

    @Description("The places directly inside this one: a province's districts, a district's areas.")
    public List<@NonNull Connection<Location>> children(
            @Source List<Location> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                locations.children(ids(sources), Pages.spec(first, after, context)),
                Nodes::locationId,
                Nodes::location);
    }

    @Description("Speakers and subjects of the claims placed here.")
    public List<@NonNull Connection<Actor>> actors(
            @Source List<Location> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                actors.pageInClaimsAt(ids(sources), Pages.spec(first, after, context)), Nodes::actorId, Nodes::actor);
    }

    @Description("Figures placed here, in the order they were stored.")
    public List<@NonNull Connection<Quantity>> quantities(
            @Source List<Location> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                quantities.ofLocations(ids(sources), Pages.spec(first, after, context)),
                org.claimgraph.domain.Quantity::getId,
                GraphMapper::quantity);
    }

    @Description("Where the articles name this place.")
    public List<@NonNull Connection<Mention>> mentions(
            @Source List<Location> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                mentions.ofLocations(ids(sources), Pages.spec(first, after, context)),
                org.claimgraph.domain.Mention::getId,
                GraphMapper::mention);
    }

    private static List<Long> ids(List<Location> sources) {
        return sources.stream().map(l -> Long.valueOf(l.id())).toList();
    }
}
