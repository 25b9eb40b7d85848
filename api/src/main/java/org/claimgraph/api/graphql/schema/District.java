package org.claimgraph.api.graphql.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("District")
@Description("A district (second-level administrative unit), with its province.")
public record District(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull List<@NonNull String> aliases,
        String code,
        Double latitude,
        Double longitude,
        @Ignore Long provinceId) {}
