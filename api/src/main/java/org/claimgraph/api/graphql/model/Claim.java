package org.claimgraph.api.graphql.model;

import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.PropositionSide;
import org.claimgraph.domain.Stance;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A quote or reported statement. Speaker, audience, article and evidence are resolved in batches. */
public record Claim(@Id @NonNull String id, @NonNull String text, @NonNull ClaimKind kind, @NonNull Stance stance,
        String when, @Ignore long articleId, @Ignore Long speakerId, @Ignore Long audienceId,
        @Ignore SpanRef evidence, @Ignore SpanRef sentence, @Ignore Relation proposition,
        @Ignore Long propositionId, @Ignore PropositionSide side) {
}
