package org.claimgraph.api.graphql.schema;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/** An ingested article as the API shows it; its body is a field of its own (ArticleResource), read only when asked. */
public record Article(
        @Id @NonNull String id,
        @NonNull String title,
        String source,
        String url,
        OffsetDateTime publishedAt,
        @NonNull OffsetDateTime ingestedAt,
        @NonNull String contentHash) {}
