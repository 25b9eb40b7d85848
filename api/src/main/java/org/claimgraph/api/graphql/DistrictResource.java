package org.claimgraph.api.graphql;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.Article;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.ClaimFilter;
import org.claimgraph.api.graphql.schema.District;
import org.claimgraph.api.graphql.schema.DistrictFilter;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Location;
import org.claimgraph.api.graphql.schema.Quantity;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.read.ClaimRow;
import org.claimgraph.api.service.ActorQueries;
import org.claimgraph.api.service.ArticleQueries;
import org.claimgraph.api.service.ClaimQueries;
import org.claimgraph.api.service.LocationQueries;
import org.claimgraph.api.service.QuantityQueries;
import org.claimgraph.domain.LocationKind;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Districts at the root, with their province, country and claims (each batched over all districts). */
@GraphQLApi
public class DistrictResource {

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
    ArticleQueries articles;

    @Query
    @Description("Districts named in the articles; name matches spelling variants too, ignoring case.")
    public @NonNull Connection<District> districts(
            DistrictFilter filter, @DefaultValue("20") Integer first, String after) {
        return Pages.connection(
                locations.page(
                        LocationKind.DISTRICT,
                        filter == null ? null : Criteria.blankToNull(filter.name()),
                        filter == null ? null : Ids.parse(filter.province(), "filter.province"),
                        Pages.spec(first, after, context),
                        Selected.aliases(context)),
                Nodes::locationId,
                Nodes::district);
    }

    @Query
    public District district(@NonNull @Id String id) {
        return locations
                .districtById(Ids.parse(id, "id"), Selected.aliases(context))
                .map(Nodes::district)
                .orElse(null);
    }

    public List<Location> province(@Source List<District> sources) {
        return provinces(sources, Selected.aliases(context));
    }

    public List<Location> country(@Source List<District> sources) {
        List<Location> provinces = provinces(sources, false);
        return Nodes.each(
                locations.byIds(
                        provinces.stream()
                                .map(p -> p == null ? null : p.parentId())
                                .toList(),
                        Selected.aliases(context)),
                Nodes::location);
    }

    private List<Location> provinces(List<District> sources, boolean withAliases) {
        return Nodes.each(
                locations.byIds(sources.stream().map(District::provinceId).toList(), withAliases), Nodes::location);
    }

    @Description("Claims placed in the district or in a place inside it.")
    public List<@NonNull Connection<Claim>> claims(
            @Source List<District> sources, ClaimFilter filter, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                claims.byLocations(ids(sources), Criteria.of(filter), Pages.spec(first, after, context)),
                ClaimRow::id,
                Nodes::claim);
    }

    @Description("Speakers and subjects of the claims placed in the district.")
    public List<@NonNull Connection<Actor>> actors(
            @Source List<District> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                actors.pageInClaimsAt(ids(sources), Pages.spec(first, after, context)), Nodes::actorId, Nodes::actor);
    }

    @Description("Figures placed in the district, in the order they were stored.")
    public List<@NonNull Connection<Quantity>> quantities(
            @Source List<District> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                quantities.ofLocations(ids(sources), Pages.spec(first, after, context)),
                org.claimgraph.domain.Quantity::getId,
                GraphMapper::quantity);
    }

    @Description("The articles that name the district, in the order they were stored.")
    public List<@NonNull Connection<Article>> articles(
            @Source List<District> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                articles.mentioningLocations(ids(sources), Pages.spec(first, after, context)),
                org.claimgraph.domain.Article::getId,
                GraphMapper::article);
    }

    private static List<Long> ids(List<District> sources) {
        return sources.stream().map(d -> Long.valueOf(d.id())).toList();
    }
}
