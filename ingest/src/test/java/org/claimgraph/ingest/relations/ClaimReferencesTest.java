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
import org.junit.jupiter.api.Test;

class ClaimReferencesTest {

    private static final String RED_HAND = "org:red hand";
    private static final String SOLL = "person:piet soll";
    private static final String STAN = "person:ivo stan";
    private static final ExtractedRelation HARMON_TAKEN =
            new ExtractedRelation(RED_HAND, RelationKind.CONTROLS, "city:harmon", false);

    private static ClaimFixture rivalAccounts(String denial) {
        return ClaimFixture.of("A spokesman for the Red Hand, Piet Soll, said its fighters had captured Harmon."
                        + " Food prices rose, Soll said. " + denial)
                .actor("Red Hand", RED_HAND, ActorKind.ORGANIZATION, null)
                .actor("Piet Soll", SOLL, ActorKind.PERSON, RED_HAND)
                .actor("Ivo Stan", STAN, ActorKind.PERSON, "FD")
                .actor(null, "FD", ActorKind.COUNTRY, null)
                .place("Harmon", "city:harmon")
                .claim("its fighters had captured Harmon", ClaimKind.REPORTED, Stance.ASSERTS, SOLL)
                .claim("Food prices rose", ClaimKind.REPORTED, Stance.ASSERTS, SOLL);
    }

    @Test
    void dismissingAGroupsAccountDeniesWhatItsSpokesmanAsserted() {
        List<ExtractedDispute> disputes = rivalAccounts("Ivo Stan dismissed the Red Hand account on Monday.")
                .claim("Ivo Stan dismissed the Red Hand account", ClaimKind.REPORTED, Stance.DENIES, STAN)
                .disputes();
        assertEquals(1, disputes.size());
        assertEquals(List.of(0), disputes.get(0).assertions());
        assertEquals(List.of(2), disputes.get(0).denials());
    }

    @Test
    void aCountrysClaimIsWhatItsOfficialsAsserted() {
        Map<Integer, ExtractedRelation> relations = ClaimFixture.of("A Freedonian spokeswoman, Lina Moss, said the"
                        + " Red Hand had built a camp inside Sylvania. Ivo Stan rejected Freedonia's claim that the"
                        + " camp stood on Sylvanian farmland.")
                .actor("Red Hand", RED_HAND, ActorKind.ORGANIZATION, null)
                .actor("Lina Moss", "person:lina moss", ActorKind.PERSON, "FD")
                .actor("Ivo Stan", STAN, ActorKind.PERSON, "SV")
                .country("Freedonia", "FD")
                .country("Sylvania", "SV")
                .claim(
                        "the Red Hand had built a camp inside Sylvania",
                        ClaimKind.REPORTED,
                        Stance.ASSERTS,
                        "person:lina moss")
                .claim(
                        "Freedonia's claim that the camp stood on Sylvanian farmland",
                        ClaimKind.REPORTED,
                        Stance.DENIES,
                        STAN)
                .relations();
        assertEquals(relations.get(0), relations.get(1));
        assertEquals(new ExtractedRelation(RED_HAND, RelationKind.OTHER, "SV", false), relations.get(1));
    }

    @Test
    void withNoOwnerNamedTheAllegationsAreTheLatestOfAnotherSide() {
        Map<Integer, ExtractedRelation> relations = rivalAccounts("Ivo Stan denied the allegations.")
                .claim("Ivo Stan denied the allegations", ClaimKind.REPORTED, Stance.DENIES, STAN)
                .relations();
        assertEquals(HARMON_TAKEN, relations.get(2));
    }

    @Test
    void aDenialWithoutAClaimNounRefersToNothing() {
        Map<Integer, ExtractedRelation> relations = rivalAccounts("Ivo Stan denied everything.")
                .claim("Ivo Stan denied everything", ClaimKind.REPORTED, Stance.DENIES, STAN)
                .relations();
        assertNull(relations.get(2));
    }
}
