package org.claimgraph.ingest.extraction;

import java.util.List;
import org.claimgraph.domain.RelationKind;

/**
 * What some claims assert and others deny. The lists hold indexes into {@link Extraction#claims()}:
 * {@code assertions} holds every claim on the asserting side, hedged ones included, and {@code hedges}
 * repeats the hedged ones; {@code denials} the claims that answer them. The proposition is a typed
 * relation (subject and object are keys of actors or, for an object, of a place) or, when no typed
 * relation fits, {@link RelationKind#OTHER} with the subject (possibly null) and no object. {@code label}
 * is the answered claim's own words, readable whatever the relation.
 */
public record ExtractedDispute(
        String subjectKey,
        RelationKind predicate,
        String objectKey,
        List<Integer> assertions,
        List<Integer> denials,
        List<Integer> hedges,
        String label) {

    public ExtractedDispute {
        assertions = List.copyOf(assertions);
        denials = List.copyOf(denials);
        hedges = List.copyOf(hedges);
    }
}
