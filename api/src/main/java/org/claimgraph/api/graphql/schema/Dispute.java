package org.claimgraph.api.graphql.schema;

import org.claimgraph.domain.RelationKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A proposition that some claims assert and others deny, across all articles. */
public record Dispute(@Id @NonNull String id,
        @Description("\"Taliban FIGHTS Islamic State\"") @NonNull String proposition,
        @NonNull RelationKind predicate, @Ignore long subjectId, @Ignore long objectId) {
}
