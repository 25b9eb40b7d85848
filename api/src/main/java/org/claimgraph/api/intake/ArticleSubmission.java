package org.claimgraph.api.intake;

import java.time.OffsetDateTime;

/** An article to ingest, as a client or the corpus loader hands it over. */
public record ArticleSubmission(String body, String title, String source, String url, OffsetDateTime publishedAt) {

    public static ArticleSubmission ofBody(String body) {
        return new ArticleSubmission(body, null, null, null, null);
    }
}
