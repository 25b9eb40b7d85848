package org.claimgraph.api.graphql.schema;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ArticleInput")
public record ArticleInput(@NonNull String body, String title, String source, String url, OffsetDateTime publishedAt) {}
