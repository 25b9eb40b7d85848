package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
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
    public Stored store(Article article, Extraction extraction) {
        List<Claim> claims = writer.write(article, extraction);
        em.flush();
        return new Stored(article, claims);
    }

    public record Stored(Article article, List<Claim> claims) {}
}
