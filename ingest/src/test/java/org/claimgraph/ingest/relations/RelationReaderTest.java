package org.claimgraph.ingest.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.lexicon.Keys;
import org.junit.jupiter.api.Test;

class RelationReaderTest {

    private static final String RED_HAND = "org:red hand";
    private static final String HARMON = "city:harmon";

    private static ExtractedRelation only(ClaimFixture fixture) {
        return fixture.relations().get(0);
    }

    @Test
    void aPatientFirstVerbTakesTheActorAfterTo() {
        ExtractedRelation r = only(ClaimFixture.of("The mayor said Harmon fell to the Red Hand on Friday.")
                .actor("Red Hand", RED_HAND, ActorKind.ORGANIZATION, null)
                .place("Harmon", HARMON)
                .claim("Harmon fell to the Red Hand on Friday", ClaimKind.REPORTED, Stance.ASSERTS, null));
        assertEquals(new ExtractedRelation(RED_HAND, RelationKind.CONTROLS, HARMON, false), r);
    }

    @Test
    void aPassiveWithBySwapsTheRoles() {
        ExtractedRelation r = only(ClaimFixture.of("Officials said the Blue Guard was attacked by the Red Hand.")
                .actor("Red Hand", RED_HAND, ActorKind.ORGANIZATION, null)
                .actor("Blue Guard", "org:blue guard", ActorKind.ORGANIZATION, null)
                .claim("the Blue Guard was attacked by the Red Hand", ClaimKind.REPORTED, Stance.ASSERTS, null));
        assertEquals(new ExtractedRelation(RED_HAND, RelationKind.ATTACKS, "org:blue guard", false), r);
    }

    @Test
    void aDemonymAfterTheVerbOfAttackIsTheCountrysArmedForces() {
        String forces = Keys.armedForces("FD");
        ExtractedRelation r = only(ClaimFixture.of("Officials said the Red Hand fired on a Freedonian outpost at dawn.")
                .actor("Red Hand", RED_HAND, ActorKind.ORGANIZATION, null)
                .country("Freedonian", "FD")
                .actor(null, forces, ActorKind.ORGANIZATION, "FD")
                .claim("the Red Hand fired on a Freedonian outpost at dawn", ClaimKind.REPORTED, Stance.ASSERTS, null));
        assertEquals(new ExtractedRelation(RED_HAND, RelationKind.ATTACKS, forces, false), r);
    }

    @Test
    void theObjectIsInThePredicatesClauseAndATakenBuildingIsInTheClaimsPlace() {
        ExtractedRelation r = only(ClaimFixture.of("He said the Red Hand seized the old mill, and the Blue Guard fled.")
                .actor("Red Hand", RED_HAND, ActorKind.ORGANIZATION, null)
                .actor("Blue Guard", "org:blue guard", ActorKind.ORGANIZATION, null)
                .claim(
                        "the Red Hand seized the old mill, and the Blue Guard fled",
                        ClaimKind.REPORTED,
                        Stance.ASSERTS,
                        null,
                        HARMON));
        assertEquals(new ExtractedRelation(RED_HAND, RelationKind.CONTROLS, HARMON, false), r);
    }

    @Test
    void aPropositionMissingARoleIsNotKept() {
        assertNull(only(ClaimFixture.of("He said the Red Hand attacked at dawn.")
                .actor("Red Hand", RED_HAND, ActorKind.ORGANIZATION, null)
                .claim("the Red Hand attacked at dawn", ClaimKind.REPORTED, Stance.ASSERTS, null)));
    }
}
