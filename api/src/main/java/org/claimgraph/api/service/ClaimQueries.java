package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.api.read.ClaimCriteria;
import org.claimgraph.api.read.ClaimRow;
import org.claimgraph.api.store.ArticleRepository;
import org.claimgraph.api.store.ClaimRepository;
import org.claimgraph.api.store.ClaimRepository.ClaimList;

/** Reads claims for the API: pages, batches per parent, and the evidence behind them. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class ClaimQueries {

    @Inject
    ClaimRepository claims;

    @Inject
    ArticleRepository articles;

    public Page<ClaimRow> page(ClaimCriteria criteria, PageSpec spec) {
        return Page.of(
                claims.pageAfter(criteria, spec.afterId(), spec.fetchSize()),
                spec,
                spec.totalWanted() ? claims.count(criteria) : 0);
    }

    public Optional<ClaimRow> byId(long id) {
        return Optional.ofNullable(byIds(List.of(id)).get(0));
    }

    /** One claim per id, in the order asked, null where an id is null or unknown. */
    public List<ClaimRow> byIds(List<Long> ids) {
        List<Long> wanted = Aligned.present(ids);
        return Aligned.to(ids, wanted.isEmpty() ? List.of() : claims.findByIds(wanted), ClaimRow::id, c -> c);
    }

    public List<Page<ClaimRow>> bySpeakers(List<Long> speakerIds, ClaimCriteria criteria, PageSpec spec) {
        return pages(ClaimList.BY_SPEAKER, speakerIds, criteria, spec);
    }

    public List<Page<ClaimRow>> aboutActors(List<Long> actorIds, ClaimCriteria criteria, PageSpec spec) {
        return pages(ClaimList.ABOUT_ACTOR, actorIds, criteria, spec);
    }

    public List<Page<ClaimRow>> byArticles(List<Long> articleIds, ClaimCriteria criteria, PageSpec spec) {
        return pages(ClaimList.BY_ARTICLE, articleIds, criteria, spec);
    }

    /**
     * Claims placed in each location or in a place directly inside it: one statement for the ids of every
     * place's page, one for their claims, and one to count only when the total is wanted.
     */
    public List<Page<ClaimRow>> byLocations(List<Long> locationIds, ClaimCriteria criteria, PageSpec spec) {
        List<Long> distinct = Aligned.present(locationIds);
        return IdPages.pages(
                locationIds,
                claims.firstIdsInLocations(distinct, criteria, spec.afterId(), spec.fetchSize()),
                spec.totalWanted() ? claims.countInLocations(distinct, criteria) : Map.of(),
                spec,
                claims::findByIds,
                ClaimRow::id);
    }

    private List<Page<ClaimRow>> pages(ClaimList list, List<Long> parentIds, ClaimCriteria criteria, PageSpec spec) {
        List<Long> distinct = Aligned.present(parentIds);
        return IdPages.pages(
                parentIds,
                claims.firstIds(list, distinct, criteria, spec.afterId(), spec.fetchSize()),
                spec.totalWanted() ? claims.counts(list, distinct, criteria) : Map.of(),
                spec,
                claims::findByIds,
                ClaimRow::id);
    }

    /**
     * The words of many spans and the sentences around them, loading each article body once. Where no
     * sentence span is stored (mentions), the sentence is the text between the sentence ends around the span.
     */
    public List<Excerpt> excerpts(List<BodySpan> spans, List<BodySpan> sentences) {
        Set<Long> articleIds = spans.stream().map(BodySpan::articleId).collect(Collectors.toSet());
        Map<Long, String> bodies = articles.bodiesOf(articleIds);
        List<Excerpt> result = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            BodySpan span = spans.get(i);
            BodySpan sentence = sentences.get(i);
            String body = bodies.get(span.articleId());
            String sentenceText = sentence != null
                    ? body.substring(sentence.start(), sentence.end())
                    : SentenceAround.of(body, span.start(), span.end());
            result.add(new Excerpt(
                    span.start(),
                    span.end(),
                    body.substring(span.start(), span.end()),
                    sentenceText,
                    span.articleId()));
        }
        return result;
    }
}
