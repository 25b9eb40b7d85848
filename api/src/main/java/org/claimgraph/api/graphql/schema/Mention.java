package org.claimgraph.api.graphql.schema;

import org.eclipse.microprofile.graphql.Ignore;

/** Words of an article that name an actor or a place. Evidence, actor and location load in batches. */
public record Mention(
        @Ignore SpanRef span, @Ignore Long actorId, @Ignore Long locationId) {}
