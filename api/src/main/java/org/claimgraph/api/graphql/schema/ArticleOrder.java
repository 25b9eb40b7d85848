package org.claimgraph.api.graphql.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The order in which {@code articles} lists the stored articles: by when each was stored. */
@Enum("ArticleOrder")
@Description("The order of a list of articles, by when each was stored.")
public enum ArticleOrder {
    @Description("The first stored first (the default).")
    OLDEST_FIRST,
    @Description("The last stored first.")
    NEWEST_FIRST
}
