package org.claimgraph.api.graphql;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.ActorFilter;
import org.claimgraph.api.graphql.schema.Article;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.ClaimFilter;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Location;
import org.claimgraph.api.graphql.schema.Mention;
import org.claimgraph.api.graphql.schema.Quantity;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.read.ClaimRow;
import org.claimgraph.api.service.ActorQueries;
import org.claimgraph.api.service.ArticleQueries;
import org.claimgraph.api.service.ClaimQueries;
import org.claimgraph.api.service.LocationQueries;
import org.claimgraph.api.service.MentionQueries;
import org.claimgraph.api.service.PageSpec;
import org.claimgraph.api.service.QuantityQueries;
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
    Context context;

    @Inject
    ActorQueries actors;

    @Inject
    ClaimQueries claims;

    @Inject
    MentionQueries mentions;

    @Inject
    LocationQueries locations;

    @Inject
    ArticleQueries articles;

    @Inject
    QuantityQueries quantities;

    @Query
    @Description("People, organisations, countries and groups; name matches aliases too, ignoring case.")
    public @NonNull Connection<Actor> actors(ActorFilter filter, @DefaultValue("20") Integer first, String after) {
        return Pages.connection(
                actors.page(
                        filter == null ? null : filter.kind(),
                        filter == null ? null : Criteria.blankToNull(filter.name()),
                        spec(first, after)),
                Nodes::actorId,
                Nodes::actor);
    }

    @Query
    public Actor actor(@NonNull @Id String id) {
        return actors.byId(Ids.parse(id, "id"), Selected.aliases(context))
                .map(Nodes::actor)
                .orElse(null);
    }

    @Description("The organisation or country the actor belongs to: a spokesman's ministry, a branch's parent.")
    public List<Actor> affiliation(@Source List<Actor> sources) {
        return Nodes.each(
                actors.byIds(sources.stream().map(Actor::affiliationId).toList(), Selected.aliases(context)),
                Nodes::actor);
    }

    @Description("The claims this actor made, as speaker.")
    public List<@NonNull Connection<Claim>> claims(
            @Source List<Actor> sources, ClaimFilter filter, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                claims.bySpeakers(ids(sources), Criteria.of(filter), spec(first, after)), ClaimRow::id, Nodes::claim);
    }

    @Description("The actors affiliated with this one: a ministry's spokesmen, an organisation's branches.")
    public List<@NonNull Connection<Actor>> members(
            @Source List<Actor> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                actors.membersOf(ids(sources), spec(first, after), Selected.aliases(context)),
                Nodes::actorId,
                Nodes::actor);
    }

    @Description("The claims about this actor, whoever made them.")
    public List<@NonNull Connection<Claim>> claimsAbout(
            @Source List<Actor> sources, ClaimFilter filter, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                claims.aboutActors(ids(sources), Criteria.of(filter), spec(first, after)), ClaimRow::id, Nodes::claim);
    }

    @Description("Where the articles name this actor.")
    public List<@NonNull Connection<Mention>> mentions(
            @Source List<Actor> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                mentions.ofActors(ids(sources), spec(first, after)),
                org.claimgraph.domain.Mention::getId,
                GraphMapper::mention);
    }

    @Description("Places named in the claims this actor made or is about.")
    public List<@NonNull Connection<Location>> locations(
            @Source List<Actor> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                locations.ofClaimsBy(ids(sources), spec(first, after), Selected.aliases(context)),
                Nodes::locationId,
                Nodes::location);
    }

    @Description("The articles that name this actor, in the order they were stored.")
    public List<@NonNull Connection<Article>> articles(
            @Source List<Actor> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                articles.mentioningActors(ids(sources), spec(first, after)),
                org.claimgraph.domain.Article::getId,
                GraphMapper::article);
    }

    @Description("Figures about this actor: \"11 Taliban fighters\", in the order they were stored.")
    public List<@NonNull Connection<Quantity>> quantities(
            @Source List<Actor> sources, @DefaultValue("20") Integer first, String after) {
        return Pages.connections(
                quantities.ofSubjects(ids(sources), spec(first, after)),
                org.claimgraph.domain.Quantity::getId,
                GraphMapper::quantity);
    }

    private PageSpec spec(Integer first, String after) {
        return Pages.spec(first, after, context);
    }

    private static List<Long> ids(List<Actor> sources) {
        return sources.stream().map(a -> Long.valueOf(a.id())).toList();
    }
}
