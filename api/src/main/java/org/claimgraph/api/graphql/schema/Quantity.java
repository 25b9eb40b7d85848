package org.claimgraph.api.graphql.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A figure stated in an article. Subject, location, claim and evidence are resolved in batches. */
public record Quantity(
        @Id @NonNull String id,
        @NonNull double value,

        @Description("\"about 650\", \"some 33\", \"more than 30\"") @NonNull
        boolean approximate,

        @Description("\"fighters\", \"groups\", \"districts\"") @NonNull
        String unit,

        @Ignore Long subjectId,
        @Ignore Long locationId,
        @Ignore Long claimId,
        @Ignore SpanRef evidence,
        @Ignore SpanRef sentence) {}
