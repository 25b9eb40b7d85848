package org.claimgraph.ingest.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.extraction.ExtractedDispute;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.extraction.Proposition;
import org.junit.jupiter.api.Test;

class OpenRolesTest {

    private static final String RED_HAND = "org:red hand";
    private static final String BLUE_GUARD = "org:blue guard";

    private static ClaimFixture sides(String body) {
        return ClaimFixture.of(body)
                .actor("Red Hand", RED_HAND, ActorKind.ORGANIZATION, null)
                .actor("Blue Guard", BLUE_GUARD, ActorKind.ORGANIZATION, null)
                .actor("Grey Militia", "org:grey militia", ActorKind.ORGANIZATION, null);
    }

    @Test
    void aDenialThatLeavesTheTargetUnsaidDeniesTheAttackTheArticleStates() {
        List<ExtractedDispute> disputes = sides("The mayor said the Blue Guard shelled the Red Hand first."
                        + " The colonel denied that the Blue Guard had started the shelling.")
                .claim("the Blue Guard shelled the Red Hand first", ClaimKind.REPORTED, Stance.ASSERTS, null)
                .claim("the Blue Guard had started the shelling", ClaimKind.REPORTED, Stance.DENIES, null)
                .disputes();
        assertEquals(1, disputes.size());
        assertEquals(
                new Proposition(BLUE_GUARD, RelationKind.ATTACKS, RED_HAND),
                new Proposition(
                        disputes.get(0).subjectKey(),
                        disputes.get(0).predicate(),
                        disputes.get(0).objectKey()));
        assertEquals(List.of(0), disputes.get(0).assertions());
        assertEquals(List.of(1), disputes.get(0).denials());
    }

    @Test
    void aDenialThatATownFellTakesTheOneActorSaidToHoldIt() {
        Map<Integer, ExtractedRelation> relations = sides("The mayor said the Red Hand had captured Harmon."
                        + " The colonel denied that Harmon had fallen.")
                .place("Harmon", "city:harmon")
                .claim("the Red Hand had captured Harmon", ClaimKind.REPORTED, Stance.ASSERTS, null)
                .claim("Harmon had fallen", ClaimKind.REPORTED, Stance.DENIES, null)
                .relations();
        assertEquals(new ExtractedRelation(RED_HAND, RelationKind.CONTROLS, "city:harmon", false), relations.get(1));
    }

    @Test
    void twoCandidatesLeaveTheRoleOpen() {
        Map<Integer, ExtractedRelation> relations = sides("The mayor said the Blue Guard shelled the Red Hand."
                        + " A farmer said the Blue Guard shelled the Grey Militia."
                        + " The colonel denied that the Blue Guard fired.")
                .claim("the Blue Guard shelled the Red Hand", ClaimKind.REPORTED, Stance.ASSERTS, null)
                .claim("the Blue Guard shelled the Grey Militia", ClaimKind.REPORTED, Stance.ASSERTS, null)
                .claim("the Blue Guard fired", ClaimKind.REPORTED, Stance.DENIES, null)
                .relations();
        assertNull(relations.get(2));
    }

    @Test
    void anAssertionIsNotCompletedFromOtherClaims() {
        Map<Integer, ExtractedRelation> relations = sides("The mayor said the Blue Guard shelled the Red Hand."
                        + " A farmer said the Blue Guard fired again.")
                .claim("the Blue Guard shelled the Red Hand", ClaimKind.REPORTED, Stance.ASSERTS, null)
                .claim("the Blue Guard fired again", ClaimKind.REPORTED, Stance.ASSERTS, null)
                .relations();
        assertNull(relations.get(1));
    }
}
