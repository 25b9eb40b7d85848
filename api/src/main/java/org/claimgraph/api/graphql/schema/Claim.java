package org.claimgraph.api.graphql.schema;

import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.PropositionSide;
import org.claimgraph.domain.Stance;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A quote or reported statement. Speaker, audience, article and evidence are resolved in batches. */
public record Claim(
        @Id @NonNull String id,
        @NonNull String text,
        @NonNull ClaimKind kind,
        @NonNull Stance stance,
        String when,
        @Ignore long articleId,
        @Ignore Long speakerId,
        @Ignore Long audienceId,
        @Ignore SpanRef evidence,
        @Ignore SpanRef sentence,
        @Ignore Relation proposition,
        @Ignore Long propositionId,
        @Ignore PropositionSide side) {

    /**
     * The id's hash: each batched field of a claim (speaker, about, evidence, ...) keys its data loader by the
     * claim, and hashing every component, the text included, showed in profiles. Equal claims have equal ids.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
