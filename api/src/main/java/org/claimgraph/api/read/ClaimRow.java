package org.claimgraph.api.read;

import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.PropositionSide;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.domain.Stance;

/**
 * The columns of a claim the API serves, read without loading the entity: no proxies for its six
 * associations, no copy kept for dirty checking, and not its folded search text. The ids of the actors,
 * article and proposition it points to are read from its own foreign keys (no join). Boxed components: the
 * constructor is matched to the select's types.
 */
public record ClaimRow(
        Long id,
        String text,
        ClaimKind kind,
        Stance stance,
        String when,
        Long articleId,
        Long speakerId,
        Long audienceId,
        Integer evidenceStart,
        Integer evidenceEnd,
        Integer sentenceStart,
        Integer sentenceEnd,
        RelationKind relationPredicate,
        Boolean relationNegated,
        Long relationSubjectId,
        Long relationObjectId,
        Long propositionId,
        PropositionSide propositionSide) {}
