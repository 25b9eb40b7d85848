package org.claimgraph.api.graphql.schema;

import org.claimgraph.domain.RelationKind;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The proposition of a claim: subject, predicate, object, and whether the claim negates it. */
public record Relation(
        @NonNull RelationKind predicate,
        @NonNull boolean negated,
        @Ignore Long subjectId,
        @Ignore Long objectId) {}
