package org.claimgraph.ingest.extraction;

import org.claimgraph.domain.RelationKind;

/** The proposition of a claim: subject, predicate, object (actor keys), and whether it is negated. */
public record ExtractedRelation(String subjectKey, RelationKind predicate, String objectKey, boolean negated) {}
