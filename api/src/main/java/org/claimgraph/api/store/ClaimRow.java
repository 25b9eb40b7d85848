package org.claimgraph.api.store;

import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.PropositionSide;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.domain.Stance;

/**
 * The columns of a claim the API serves, read without loading the entity: no proxies for its six
 * associations, no copy kept for dirty checking, and not its folded search text. The ids of the actors,
 * article and proposition it points to are read from its own foreign keys (no join).
 */
public record ClaimRow(long id, String text, ClaimKind kind, Stance stance, String when, long articleId,
        Long speakerId, Long audienceId, int evidenceStart, int evidenceEnd, int sentenceStart, int sentenceEnd,
        RelationKind relationPredicate, Boolean relationNegated, Long relationSubjectId, Long relationObjectId,
        Long propositionId, PropositionSide propositionSide) {

    /** The select list, in the order {@link #of} reads it, for a query whose claim is {@code c}. */
    static final String COLUMNS = "c.id, c.text, c.kind, c.stance, c.when, c.article.id, c.speaker.id, c.audience.id,"
            + " c.evidence.start, c.evidence.end, c.sentence.start, c.sentence.end, c.relationPredicate,"
            + " c.relationNegated, c.relationSubject.id, c.relationObject.id, c.proposition.id, c.propositionSide";

    /** The claim in a result row whose columns from {@code from} on are {@link #COLUMNS}. */
    static ClaimRow of(Object[] row, int from) {
        return new ClaimRow((Long) row[from], (String) row[from + 1], (ClaimKind) row[from + 2],
                (Stance) row[from + 3], (String) row[from + 4], (Long) row[from + 5], (Long) row[from + 6],
                (Long) row[from + 7], (Integer) row[from + 8], (Integer) row[from + 9], (Integer) row[from + 10],
                (Integer) row[from + 11], (RelationKind) row[from + 12], (Boolean) row[from + 13],
                (Long) row[from + 14], (Long) row[from + 15], (Long) row[from + 16], (PropositionSide) row[from + 17]);
    }
}
