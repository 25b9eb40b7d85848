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
import org.claimgraph.api.graphql.schema.paging.Connections;
import org.claimgraph.api.graphql.schema.paging.PageRequest;
import org.claimgraph.api.service.ActorQueries;
import org.claimgraph.api.service.ArticleQueries;
import org.claimgraph.api.service.ClaimQueries;
import org.claimgraph.api.service.LocationQueries;
import org.claimgraph.api.store.ClaimRow;
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
        return Connections.of(
                claims.page(
                        Criteria.of(filter),
                        PageRequest.of(first, after).countingIfSelected(context).spec()),
                ClaimRow::id,
                GraphMapper::claim);
    }

    @Query
    public Claim claim(@NonNull @Id String id) {
        return claims.byId(Ids.parse(id, "id")).map(GraphMapper::claim).orElse(null);
    }

    @Description("Who made the claim; null only when no speaker could be found.")
    public List<Actor> speaker(@Source List<Claim> sources) {
        return actors.byIds(sources.stream().map(Claim::speakerId).toList());
    }

    @Description("Whom the claim was made to: \"told VOA\" -> VOA.")
    public List<Actor> audience(@Source List<Claim> sources) {
        return actors.byIds(sources.stream().map(Claim::audienceId).toList());
    }

    public List<@NonNull Article> article(@Source List<Claim> sources) {
        return articles.byIds(sources.stream().map(Claim::articleId).toList());
    }

    @Description("The actors the claim is about.")
    public List<@NonNull List<@NonNull Actor>> about(@Source List<Claim> sources) {
        List<Long> ids = sources.stream().map(c -> Long.valueOf(c.id())).toList();
        return actors.aboutClaims(ids);
    }

    @Description("The places the claim is about or was made in.")
    public List<@NonNull List<@NonNull Location>> locations(@Source List<Claim> sources) {
        List<Long> ids = sources.stream().map(c -> Long.valueOf(c.id())).toList();
        return locations.ofClaims(ids);
    }

    @Description("The exact words of the article the claim came from.")
    public List<@NonNull Evidence> evidence(@Source List<Claim> sources) {
        return claims.evidence(
                sources.stream().map(Claim::evidence).toList(),
                sources.stream().map(Claim::sentence).toList());
    }
}
