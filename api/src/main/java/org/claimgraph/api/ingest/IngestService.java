package org.claimgraph.api.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimgraph.api.error.InvalidArgumentException;
import org.claimgraph.api.events.ClaimAdded;
import org.claimgraph.api.graphql.mapping.GraphMapper;
import org.claimgraph.api.repository.ArticleRepository;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.Claim;
import org.claimgraph.ingest.ExtractionException;
import org.claimgraph.ingest.Extractor;
import org.claimgraph.ingest.extraction.Extraction;

/**
 * Parses and stores an article in one transaction: either the article and everything extracted from
 * it are stored, or nothing is. The same body twice is stored once.
 */
@ApplicationScoped
public class IngestService {

    private static final int MAX_TITLE_LENGTH = 1000;

    @Inject
    Extractor extractor;

    @Inject
    ArticleRepository articles;

    @Inject
    GraphWriter writer;

    @Transactional
    public IngestOutcome ingest(ArticleSubmission submission) {
        String body = validBody(submission.body());
        String hash = ContentHash.of(body);
        Optional<Article> stored = articles.findByContentHash(hash);
        if (stored.isPresent()) {
            return new IngestOutcome(stored.get(), false, List.of("an article with the same body is already stored"),
                    List.of());
        }
        Extraction extraction;
        try {
            extraction = extractor.extract(body);
        } catch (ExtractionException e) {
            throw new InvalidArgumentException(e.getMessage());
        }
        Article article = new Article(titleOf(submission, extraction), body, hash, OffsetDateTime.now(ZoneOffset.UTC));
        article.setSource(trimToNull(submission.source()));
        article.setUrl(trimToNull(submission.url()));
        article.setPublishedAt(submission.publishedAt());
        List<Claim> claims = writer.write(article, extraction);
        return new IngestOutcome(article, true, extraction.warnings(), claims.stream().map(IngestService::added).toList());
    }

    private static ClaimAdded added(Claim claim) {
        return new ClaimAdded(GraphMapper.claim(claim),
                claim.getAbout().stream().map(org.claimgraph.domain.Actor::getId).collect(Collectors.toSet()),
                claim.getLocations().stream().map(org.claimgraph.domain.Location::getId).collect(Collectors.toSet()),
                claim.getSearchText());
    }

    private static String validBody(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidArgumentException("body must not be empty");
        }
        if (body.length() > Article.MAX_BODY_LENGTH) {
            throw new InvalidArgumentException("body has " + body.length() + " characters; at most "
                    + Article.MAX_BODY_LENGTH + " are accepted");
        }
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
            throw new InvalidArgumentException("title has " + title.length() + " characters; at most "
                    + MAX_TITLE_LENGTH + " are accepted");
        }
        return title;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
