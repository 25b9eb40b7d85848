package org.claimgraph.api.graphql.schema;

import java.util.List;
import org.claimgraph.domain.LocationKind;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A place in the hierarchy country > province > district > area. */
public record Location(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull LocationKind kind,
        @NonNull List<@NonNull String> aliases,
        String code,
        Double latitude,
        Double longitude,
        @Ignore Long parentId) {}
