package org.claimgraph.api.graphql;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.Article;
import org.claimgraph.api.graphql.schema.ArticleOrder;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.ClaimFilter;
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

@GraphQLApi
public class ArticleResource {

    @Inject
    Context context;

    @Inject
    ArticleQueries articles;

    @Inject
    ClaimQueries claims;

    @Inject
    ActorQueries actors;

    @Inject
    LocationQueries locations;

    @Query
    @Description("The stored articles, oldest first, or the last stored first with order NEWEST_FIRST; give"
            + " after a cursor from a page in the same order.")
    public @NonNull Connection<Article> articles(
            @DefaultValue("20") Integer first, String after, @DefaultValue("OLDEST_FIRST") ArticleOrder order) {
        return Pages.connection(
                articles.page(Pages.spec(first, after, context), order == ArticleOrder.NEWEST_FIRST),
                org.claimgraph.domain.Article::getId,
                GraphMapper::article);
    }

    @Query
    public Article article(@NonNull @Id String id) {
        return articles.byId(Ids.parse(id, "id")).map(GraphMapper::article).orElse(null);
    }

    public List<@NonNull String> body(@Source List<Article> sources) {
        return articles.bodies(sources.stream().map(a -> Long.valueOf(a.id())).toList());
    }

    @Description("The actors the article mentions.")
    public List<@NonNull List<@NonNull Actor>> actors(@Source List<Article> sources) {
        List<Long> ids = sources.stream().map(a -> Long.valueOf(a.id())).toList();
        return Nodes.eachOfEach(actors.mentionedIn(ids), Nodes::actor);
    }

    @Description("The places the article mentions.")
    public List<@NonNull List<@NonNull Location>> locations(@Source List<Article> sources) {
        List<Long> ids = sources.stream().map(a -> Long.valueOf(a.id())).toList();
        return Nodes.eachOfEach(locations.mentionedIn(ids), Nodes::location);
    }

    @Description("The claims made in this article, in the order they were stored.")
    public List<@NonNull Connection<Claim>> claims(
            @Source List<Article> sources, ClaimFilter filter, @DefaultValue("20") Integer first, String after) {
        List<Long> ids = sources.stream().map(a -> Long.valueOf(a.id())).toList();
        return Pages.connections(
                claims.byArticles(ids, Criteria.of(filter), Pages.spec(first, after, context)),
                ClaimRow::id,
                Nodes::claim);
    }
}
