package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.claimgraph.api.store.ArticleRepository;
import org.claimgraph.api.intake.ArticleSubmission;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.Claim;
import org.claimgraph.ingest.extraction.Extraction;

/**
 * Stores one extracted article and its graph in a transaction of its own: all of it or nothing.
 * Constraint violations surface here (the writes are flushed before the method returns), so that the
 * caller can tell a lost race for a shared row from a real failure.
 */
@ApplicationScoped
public class ArticleStore {

    @Inject
    EntityManager em;

    @Inject
    ArticleRepository articles;

    @Inject
    GraphWriter writer;

    @Transactional
    public Optional<Article> findByContentHash(String hash) {
        return articles.findByContentHash(hash);
    }

    /** The new article and its stored claims, in extraction order. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored store(ArticleSubmission submission, String title, String hash, Extraction extraction) {
        Article article = new Article(title, submission.body(), hash, OffsetDateTime.now(ZoneOffset.UTC));
        article.setSource(trimToNull(submission.source()));
        article.setUrl(trimToNull(submission.url()));
        article.setPublishedAt(submission.publishedAt());
        List<Claim> claims = writer.write(article, extraction);
        em.flush();
        return new Stored(article, claims);
    }

    public record Stored(Article article, List<Claim> claims) {
    }

    public static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
