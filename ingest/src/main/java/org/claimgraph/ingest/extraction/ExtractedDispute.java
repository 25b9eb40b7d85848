package org.claimgraph.ingest.extraction;

import java.util.List;
import org.claimgraph.domain.RelationKind;

/**
 * One proposition (subject, predicate, object) that some claims assert and others deny. The lists
 * hold indexes into {@link Extraction#claims()}.
 */
public record ExtractedDispute(String subjectKey, RelationKind predicate, String objectKey, List<Integer> assertions,
        List<Integer> denials, List<Integer> hedges) {

    public ExtractedDispute {
        assertions = List.copyOf(assertions);
        denials = List.copyOf(denials);
        hedges = List.copyOf(hedges);
    }
}
