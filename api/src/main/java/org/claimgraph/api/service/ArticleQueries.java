package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.claimgraph.api.graphql.schema.Article;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.graphql.schema.paging.Connections;
import org.claimgraph.api.graphql.schema.paging.PageRequest;
import org.claimgraph.api.store.ArticleRepository;
import org.claimgraph.api.store.MentionRepository;

// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class ArticleQueries {

    @Inject
    ArticleRepository articles;

    /** A page of the stored articles in storage order, or the reverse with {@code newestFirst}. */
    public Connection<Article> page(PageRequest page, boolean newestFirst) {
        List<org.claimgraph.domain.Article> rows = newestFirst
                ? articles.pageBefore(page.afterId(), page.fetchSize())
                : articles.pageAfter(page.afterId(), page.fetchSize());
        return Connections.of(
                rows,
                page,
                page.totalWanted() ? articles.count() : 0,
                org.claimgraph.domain.Article::getId,
                GraphMapper::article);
    }

    public Optional<Article> byId(long id) {
        return articles.findById(id).map(GraphMapper::article);
    }

    @Inject
    MentionRepository mentions;

    /** For each actor, the articles that mention it. */
    public List<List<Article>> mentioningActors(List<Long> actorIds) {
        return Grouped.by(
                actorIds,
                mentions.articlesMentioningActors(actorIds),
                a -> GraphMapper.article((org.claimgraph.domain.Article) a));
    }

    /** For each place, the articles that mention it. */
    public List<List<Article>> mentioningLocations(List<Long> locationIds) {
        return Grouped.by(
                locationIds,
                mentions.articlesMentioningLocations(locationIds),
                a -> GraphMapper.article((org.claimgraph.domain.Article) a));
    }

    /** One article per id, in the order asked. */
    public List<Article> byIds(List<Long> ids) {
        List<Long> wanted = Aligned.present(ids);
        return Aligned.to(
                ids,
                wanted.isEmpty() ? List.of() : articles.findByIds(wanted),
                org.claimgraph.domain.Article::getId,
                GraphMapper::article);
    }
}
