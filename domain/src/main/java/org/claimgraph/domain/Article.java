package org.claimgraph.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One ingested article, stored once per distinct body (by its SHA-256 content hash). */
@Entity
@Table(name = "article")
public class Article {

    /** Longest body accepted, in characters. */
    public static final int MAX_BODY_LENGTH = 1_000_000;

    /** Why a body cannot be an article's ("body must not be empty", too long), or empty when it can. */
    public static Optional<String> bodyRefusal(String body) {
        if (body == null || body.isBlank()) {
            return Optional.of("body must not be empty");
        }
        if (body.length() > MAX_BODY_LENGTH) {
            return Optional.of(
                    "body has " + body.length() + " characters; at most " + MAX_BODY_LENGTH + " are accepted");
        }
        return Optional.empty();
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(length = 200)
    private String source;

    @Column(length = 2000)
    private String url;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "ingested_at", nullable = false)
    private OffsetDateTime ingestedAt;

    @Column(name = "content_hash", nullable = false, unique = true, length = 64)
    private String contentHash;

    // Lazy (Quarkus enhances entities): a page of articles or a claim's article is mostly read for its title.
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, length = MAX_BODY_LENGTH)
    private String body;

    protected Article() {}

    public Article(String title, String body, String contentHash, OffsetDateTime ingestedAt) {
        this.title = title;
        this.body = body;
        this.contentHash = contentHash;
        this.ingestedAt = ingestedAt;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(OffsetDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public OffsetDateTime getIngestedAt() {
        return ingestedAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getBody() {
        return body;
    }
}
