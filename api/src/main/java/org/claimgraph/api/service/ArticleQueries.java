package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.api.store.ArticleRepository;
import org.claimgraph.api.store.MentionRepository;
import org.claimgraph.api.store.MentionRepository.MentionList;
import org.claimgraph.domain.Article;

/** Reads stored articles: pages in storage order, by id, and batches per actor or place that they mention. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class ArticleQueries {

    @Inject
    ArticleRepository articles;

    @Inject
    MentionRepository mentions;

    /** A page of the stored articles in storage order, or the reverse with {@code newestFirst}. */
    public Page<Article> page(PageSpec spec, boolean newestFirst) {
        List<Article> rows = newestFirst
                ? articles.pageBefore(spec.afterId(), spec.fetchSize())
                : articles.pageAfter(spec.afterId(), spec.fetchSize());
        return Page.of(rows, spec, spec.totalWanted() ? articles.count() : 0);
    }

    public Optional<Article> byId(long id) {
        return articles.findById(id);
    }

    /** For each actor, a page of the articles that mention it, in storage order. */
    public List<Page<Article>> mentioningActors(List<Long> actorIds, PageSpec spec) {
        return mentioning(MentionList.ARTICLES_NAMING_ACTOR, actorIds, spec);
    }

    /** For each place, a page of the articles that mention it, in storage order. */
    public List<Page<Article>> mentioningLocations(List<Long> locationIds, PageSpec spec) {
        return mentioning(MentionList.ARTICLES_NAMING_LOCATION, locationIds, spec);
    }

    private List<Page<Article>> mentioning(MentionList list, List<Long> parentIds, PageSpec spec) {
        List<Long> distinct = Aligned.present(parentIds);
        return IdPages.pages(
                parentIds,
                mentions.firstIds(list, distinct, spec.afterId(), spec.fetchSize()),
                spec.totalWanted() ? mentions.counts(list, distinct) : Map.of(),
                spec,
                articles::findByIds,
                Article::getId);
    }

    /** The body of each article, in the order asked: read on its own, since most reads want only the title. */
    public List<String> bodies(List<Long> ids) {
        List<Long> wanted = Aligned.present(ids);
        Map<Long, String> bodies = wanted.isEmpty() ? Map.of() : articles.bodiesOf(wanted);
        return ids.stream().map(id -> id == null ? null : bodies.get(id)).toList();
    }

    /** One article per id, in the order asked. */
    public List<Article> byIds(List<Long> ids) {
        List<Long> wanted = Aligned.present(ids);
        return Aligned.to(ids, wanted.isEmpty() ? List.of() : articles.findByIds(wanted), Article::getId, a -> a);
    }
}
