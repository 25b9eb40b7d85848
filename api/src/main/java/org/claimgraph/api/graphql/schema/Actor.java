package org.claimgraph.api.graphql.schema;

import java.util.List;
import org.claimgraph.domain.ActorKind;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A person, organisation, country or group. Nested fields are resolved in batches. */
public record Actor(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull ActorKind kind,
        @NonNull List<@NonNull String> aliases,
        String title,
        @Ignore Long affiliationId) {}
