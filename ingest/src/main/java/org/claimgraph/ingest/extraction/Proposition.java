package org.claimgraph.ingest.extraction;

import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.PropositionSide;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.domain.Stance;

/**
 * What a claim's relation is about, in a form in which claims that argue over the same thing compare
 * equal: a branch stands for its parent organisation ("not fighting ISIS-K" bears on IS), and FIGHTS
 * and MEETS read the same in both directions.
 */
public record Proposition(String subjectKey, RelationKind predicate, String objectKey) {

    private static final Set<RelationKind> SYMMETRIC = Set.of(RelationKind.FIGHTS, RelationKind.MEETS);

    public static Proposition of(ExtractedRelation relation, Map<String, ExtractedActor> actors) {
        String subject = partyOf(relation.subjectKey(), actors);
        String object = partyOf(relation.objectKey(), actors);
        if (SYMMETRIC.contains(relation.predicate()) && subject.compareTo(object) > 0) {
            return new Proposition(object, relation.predicate(), subject);
        }
        return new Proposition(subject, relation.predicate(), object);
    }

    /**
     * A claim denies its proposition when the relation is negated ("A is not fighting B") or the claim
     * denies what it reports ("X rejects notions that A fights B"). The two are not multiplied: a
     * negated relation is usually the very reason the stance is DENIES.
     */
    public static PropositionSide sideOf(ExtractedRelation relation, Stance stance) {
        if (relation.negated() || stance == Stance.DENIES) {
            return PropositionSide.DENIES;
        }
        return stance == Stance.HEDGES ? PropositionSide.HEDGES : PropositionSide.ASSERTS;
    }

    public static boolean isSymmetric(RelationKind predicate) {
        return SYMMETRIC.contains(predicate);
    }

    /** The actor that stands for {@code key} in a proposition: a branch's parent organisation, else itself. */
    public static String partyOf(String key, Map<String, ExtractedActor> actors) {
        ExtractedActor actor = actors.get(key);
        if (actor == null || actor.kind() != ActorKind.ORGANIZATION || actor.affiliationKey() == null) {
            return key;
        }
        ExtractedActor parent = actors.get(actor.affiliationKey());
        return parent != null && parent.kind() == ActorKind.ORGANIZATION ? parent.key() : key;
    }
}
