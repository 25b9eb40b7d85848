package org.claimgraph.api.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.claimgraph.api.error.InvalidArgumentException;
import org.claimgraph.api.events.ClaimAdded;
import org.claimgraph.api.events.GraphChanged;
import org.claimgraph.api.store.ArticleStore;
import org.claimgraph.api.store.ContentHash;
import org.claimgraph.api.store.WriteConflict;
import org.claimgraph.domain.Article;
import org.claimgraph.ingest.ExtractionException;
import org.claimgraph.ingest.Extractor;
import org.claimgraph.ingest.extraction.Extraction;

/**
 * Parses and stores an article: either the article and everything extracted from it are stored, or
 * nothing is. The same body twice is stored once, also when both arrive at the same moment. The text
 * is parsed before the transaction starts, so that concurrent ingests hold locks only while writing.
 */
@ApplicationScoped
public class IngestService {

    private static final int MAX_TITLE_LENGTH = 1000;
    private static final int MAX_ATTEMPTS = 10;
    private static final long MAX_BACKOFF_MILLIS = 50;
    private static final String DUPLICATE = "an article with the same body is already stored";

    @Inject
    Extractor extractor;

    @Inject
    ArticleStore store;

    @Inject
    IngestMetrics metrics;

    @Inject
    Event<GraphChanged> graphChanged;

    public IngestOutcome ingest(ArticleSubmission submission) {
        return metrics.timed(() -> parseAndStore(submission));
    }

    private IngestOutcome parseAndStore(ArticleSubmission submission) {
        String body = validBody(submission.body());
        String url = ArticleUrl.valid(submission.url());
        String hash = ContentHash.of(body);
        Optional<Article> stored = store.findByContentHash(hash);
        if (stored.isPresent()) {
            return duplicate(stored.get());
        }
        Extraction extraction;
        try {
            extraction = extractor.extract(body);
        } catch (ExtractionException e) {
            throw new InvalidArgumentException(e.getMessage());
        }
        String title = titleOf(submission, extraction);
        for (int attempt = 1; ; attempt++) {
            try {
                ArticleStore.Stored saved = store.store(articleOf(submission, title, url, hash), extraction);
                List<ClaimAdded> added =
                        saved.claims().stream().map(ClaimAdded::of).toList();
                graphChanged.fire(new GraphChanged(saved.article().getId(), added, true));
                return new IngestOutcome(saved.article(), true, extraction.warnings(), added);
            } catch (RuntimeException e) {
                if (!WriteConflict.isConflict(e) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                Optional<Article> winner = store.findByContentHash(hash);
                if (winner.isPresent()) {
                    return duplicate(winner.get());
                }
                // another article stored an actor, place or proposition this one shares: write again, a moment
                // later, so that ingests racing over a run of new places do not collide again in step
                backOff(attempt);
            }
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, MAX_BACKOFF_MILLIS * attempt / 2 + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing an article", e);
        }
    }

    private static IngestOutcome duplicate(Article article) {
        return new IngestOutcome(article, false, List.of(DUPLICATE), List.of());
    }

    private static String validBody(String body) {
        Article.bodyRefusal(body).ifPresent(refusal -> {
            throw new InvalidArgumentException(refusal);
        });
        return body;
    }

    private static String titleOf(ArticleSubmission submission, Extraction extraction) {
        String title = trimToNull(submission.title());
        if (title == null) {
            title = extraction.title();
        }
        if (title == null) {
            String firstLine = submission.body().strip().lines().findFirst().orElse("");
            title = firstLine.length() > 120 ? firstLine.substring(0, 120) + "…" : firstLine;
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidArgumentException(
                    "title has " + title.length() + " characters; at most " + MAX_TITLE_LENGTH + " are accepted");
        }
        return title;
    }

    private static Article articleOf(ArticleSubmission submission, String title, String url, String hash) {
        Article article = new Article(title, submission.body(), hash, OffsetDateTime.now(ZoneOffset.UTC));
        article.setSource(trimToNull(submission.source()));
        article.setUrl(url);
        article.setPublishedAt(submission.publishedAt());
        return article;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
