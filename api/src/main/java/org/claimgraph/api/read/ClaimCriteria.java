package org.claimgraph.api.read;

import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.Stance;

/** Conditions on claims; a null field does not restrict. {@code text} matches case-insensitively. */
public record ClaimCriteria(
        Long speakerId, Long aboutId, Long locationId, Stance stance, ClaimKind kind, Long articleId, String text) {

    public static final ClaimCriteria ANY = new ClaimCriteria(null, null, null, null, null, null, null);
}
