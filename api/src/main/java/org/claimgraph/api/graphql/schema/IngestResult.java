package org.claimgraph.api.graphql.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record IngestResult(
        @NonNull Article article,
        @NonNull boolean created,
        @NonNull List<@NonNull String> warnings) {}
