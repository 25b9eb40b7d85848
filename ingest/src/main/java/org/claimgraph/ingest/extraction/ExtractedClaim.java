package org.claimgraph.ingest.extraction;

import java.util.List;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.Stance;

/**
 * A quote or a reported statement. {@code span} covers the claimed words (inside the quote marks for a
 * direct quote), {@code sentence} the sentence (or sentences) it stands in. Keys name actors and
 * places of the same extraction; {@code speakerKey} is null only when no speaker was found.
 */
public record ExtractedClaim(
        CharSpan span,
        CharSpan sentence,
        ClaimKind kind,
        Stance stance,
        String speakerKey,
        List<String> aboutKeys,
        List<String> placeKeys,
        String audienceKey,
        String when,
        ExtractedRelation relation) {

    public ExtractedClaim {
        aboutKeys = List.copyOf(aboutKeys);
        placeKeys = List.copyOf(placeKeys);
    }
}
