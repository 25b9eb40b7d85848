package org.claimgraph.api.graphql;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.Article;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.ClaimFilter;
import org.claimgraph.api.graphql.schema.Evidence;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Location;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.read.ClaimRow;
import org.claimgraph.api.service.ActorQueries;
import org.claimgraph.api.service.ArticleQueries;
import org.claimgraph.api.service.ClaimQueries;
import org.claimgraph.api.service.LocationQueries;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Claims at the root, and the fields of Claim that need another load (each batched over all claims). */
@GraphQLApi
public class ClaimResource {

    @Inject
    Context context;

    @Inject
    ClaimQueries claims;

    @Inject
    ActorQueries actors;

    @Inject
    ArticleQueries articles;

    @Inject
    LocationQueries locations;

    @Query
    @Description("Claims across all articles, filtered, in the order they were stored.")
    public @NonNull Connection<Claim> claims(ClaimFilter filter, @DefaultValue("20") Integer first, String after) {
        return Pages.connection(
                claims.page(Criteria.of(filter), Pages.spec(first, after, context)), ClaimRow::id, Nodes::claim);
    }

    @Query
    public Claim claim(@NonNull @Id String id) {
        return claims.byId(Ids.parse(id, "id")).map(Nodes::claim).orElse(null);
    }

    @Description("Who made the claim; null only when no speaker could be found.")
    public List<Actor> speaker(@Source List<Claim> sources) {
        return Nodes.each(
                actors.byIds(sources.stream().map(Claim::speakerId).toList(), Selected.aliases(context)), Nodes::actor);
    }

    @Description("Whom the claim was made to: \"told VOA\" -> VOA.")
    public List<Actor> audience(@Source List<Claim> sources) {
        return Nodes.each(
                actors.byIds(sources.stream().map(Claim::audienceId).toList(), Selected.aliases(context)),
                Nodes::actor);
    }

    public List<@NonNull Article> article(@Source List<Claim> sources) {
        return Nodes.each(articles.byIds(sources.stream().map(Claim::articleId).toList()), GraphMapper::article);
    }

    @Description("The actors the claim is about.")
    public List<@NonNull List<@NonNull Actor>> about(@Source List<Claim> sources) {
        List<Long> ids = sources.stream().map(c -> Long.valueOf(c.id())).toList();
        return Nodes.eachOfEach(actors.aboutClaims(ids), Nodes::actor);
    }

    @Description("The places the claim is about or was made in.")
    public List<@NonNull List<@NonNull Location>> locations(@Source List<Claim> sources) {
        List<Long> ids = sources.stream().map(c -> Long.valueOf(c.id())).toList();
        return Nodes.eachOfEach(locations.ofClaims(ids), Nodes::location);
    }

    @Description("The exact words of the article the claim came from.")
    public List<@NonNull Evidence> evidence(@Source List<Claim> sources) {
        return Nodes.evidence(claims.excerpts(
                Nodes.each(sources, c -> Nodes.span(c.evidence())),
                Nodes.each(sources, c -> Nodes.span(c.sentence()))));
    }
}
