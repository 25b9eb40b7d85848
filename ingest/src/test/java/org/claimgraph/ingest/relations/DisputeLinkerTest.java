package org.claimgraph.ingest.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.extraction.ExtractedDispute;
import org.junit.jupiter.api.Test;

/** Each signal of the dispute linker on invented sentences, and the threshold refusing what is unrelated. */
class DisputeLinkerTest {

    private static final String MILITIA = "org:grey wolves";
    private static final String MINISTRY = "org:ministry of roads";
    private static final String MONITORS = "org:river watch";
    private static final String GOVERNOR = "person:ada brenn";
    private static final String ARMY = "org:lowland army";
    private static final String REBELS = "org:hill front";

    private static ClaimFixture cast(String body) {
        return ClaimFixture.of(body)
                .actor("Grey Wolves", MILITIA, ActorKind.ORGANIZATION, null)
                .actor("Ministry of Roads", MINISTRY, ActorKind.ORGANIZATION, null)
                .actor("River Watch", MONITORS, ActorKind.ORGANIZATION, null)
                .actor("Ada Brenn", GOVERNOR, ActorKind.PERSON, null)
                .actor("Lowland Army", ARMY, ActorKind.ORGANIZATION, null)
                .actor("Hill Front", REBELS, ActorKind.ORGANIZATION, null);
    }

    private static ExtractedDispute only(List<ExtractedDispute> disputes) {
        assertEquals(1, disputes.size(), () -> "one dispute expected, got " + disputes);
        return disputes.get(0);
    }

    @Test
    void theAccusedDenyingTheAllegationsAnswersTheAccusationThatNamesThem() {
        ClaimFixture fixture = cast("The Ministry of Roads said the Grey Wolves had blown up the bridge at Kesto. "
                        + "The Grey Wolves denied the allegations. River Watch said the harvest in the valley was good.")
                .claim("the Grey Wolves had blown up the bridge at Kesto", ClaimKind.REPORTED, Stance.ASSERTS, MINISTRY)
                .claim("The Grey Wolves denied the allegations", ClaimKind.REPORTED, Stance.DENIES, MILITIA)
                .claim("the harvest in the valley was good", ClaimKind.REPORTED, Stance.ASSERTS, MONITORS);

        ExtractedDispute dispute = only(fixture.disputes());

        assertEquals(List.of(fixture.indexOf("the Grey Wolves had blown up")), dispute.assertions());
        assertEquals(List.of(fixture.indexOf("The Grey Wolves denied")), dispute.denials());
        assertEquals(RelationKind.OTHER, dispute.predicate(), "no typed relation fits blowing up a bridge");
        assertEquals("the Grey Wolves had blown up the bridge at Kesto", dispute.label());
    }

    @Test
    void aReferenceThatNamesItsOwnerAnswersThatSpeakersClaim() {
        ClaimFixture fixture = cast("River Watch said fishing boats were seized on the lake. Ada Brenn said "
                        + "tolls had doubled on the lake road. The Grey Wolves rejected the claims by River Watch.")
                .claim("fishing boats were seized on the lake", ClaimKind.REPORTED, Stance.ASSERTS, MONITORS)
                .claim("tolls had doubled on the lake road", ClaimKind.REPORTED, Stance.ASSERTS, GOVERNOR)
                .claim(
                        "The Grey Wolves rejected the claims by River Watch",
                        ClaimKind.REPORTED,
                        Stance.DENIES,
                        MILITIA);

        ExtractedDispute dispute = only(fixture.disputes());

        assertEquals(
                List.of(fixture.indexOf("fishing boats")),
                dispute.assertions(),
                "the claim of the owner named with the noun, not the other one on the same lake");
    }

    @Test
    void aPronounDenialReadWithTheSameSpeakersNextDenialAnswersWhatBothNameTogether() {
        ClaimFixture fixture = cast("River Watch said the patrol had shot three fishermen near the dam. "
                        + "Ada Brenn said that was not true. \"Nobody was shot near the dam,\" she said.")
                .claim("the patrol had shot three fishermen near the dam", ClaimKind.REPORTED, Stance.ASSERTS, MONITORS)
                .claim("that was not true", ClaimKind.REPORTED, Stance.DENIES, GOVERNOR)
                .claim("Nobody was shot near the dam,", ClaimKind.DIRECT_QUOTE, Stance.DENIES, GOVERNOR);

        ExtractedDispute dispute = only(fixture.disputes());

        assertEquals(List.of(fixture.indexOf("the patrol had shot")), dispute.assertions());
        assertEquals(
                List.of(fixture.indexOf("that was not true"), fixture.indexOf("Nobody was shot")), dispute.denials());
    }

    @Test
    void sharedContentWordsLinkADenialThatRestatesTheClaimInOtherWords() {
        ClaimFixture fixture = cast("River Watch said convoys carrying medicine had been stopped at the checkpoint. "
                        + "Ada Brenn insisted that no convoy had ever been stopped.")
                .claim(
                        "convoys carrying medicine had been stopped at the checkpoint",
                        ClaimKind.REPORTED,
                        Stance.ASSERTS,
                        MONITORS)
                .claim("no convoy had ever been stopped", ClaimKind.REPORTED, Stance.DENIES, GOVERNOR);

        ExtractedDispute dispute = only(fixture.disputes());

        assertEquals(List.of(0), dispute.assertions());
        assertEquals(List.of(1), dispute.denials());
    }

    @Test
    void aCounterAccusationIsAnsweredByTheAccusedButOneSharedWordFromABystanderIsNot() {
        String body = "The Hill Front accused the Lowland Army of hiding weapons in the school. "
                + "The Lowland Army said no weapons were kept there. "
                + "Ada Brenn said the weapons amnesty had ended.";
        ClaimFixture fixture = cast(body)
                .claimAbout("hiding weapons in the school", Stance.ASSERTS, REBELS, ARMY)
                .claim("no weapons were kept there", ClaimKind.REPORTED, Stance.DENIES, ARMY);

        ExtractedDispute dispute = only(fixture.disputes());
        assertEquals(List.of(fixture.indexOf("no weapons were kept")), dispute.denials());

        ClaimFixture bystander = cast(body)
                .claimAbout("hiding weapons in the school", Stance.ASSERTS, REBELS, ARMY)
                .claim("no weapons were kept there", ClaimKind.REPORTED, Stance.DENIES, GOVERNOR);
        assertTrue(bystander.disputes().isEmpty(), "one shared word from someone not accused is below the threshold");
    }

    @Test
    void competingFiguresForOneEventAreADispute() {
        ClaimFixture fixture = cast("The Lowland Army said five soldiers died in the ambush on the pass. "
                        + "The Hill Front said 62 soldiers died in the ambush.")
                .claim("five soldiers died in the ambush on the pass", ClaimKind.REPORTED, Stance.ASSERTS, ARMY)
                .claim("62 soldiers died in the ambush", ClaimKind.REPORTED, Stance.ASSERTS, REBELS)
                .figure("five soldiers died in the ambush on the pass", 5, "soldiers")
                .figure("62 soldiers died in the ambush", 62, "soldiers");

        ExtractedDispute dispute = only(fixture.disputes());

        assertEquals(List.of(0), dispute.assertions());
        assertEquals(List.of(1), dispute.denials(), "the later figure contradicts the earlier one");
    }

    @Test
    void theSameFigureFromBothSidesIsNoDispute() {
        ClaimFixture fixture = cast("The Lowland Army said five soldiers died in the ambush on the pass. "
                        + "The Hill Front said five soldiers died in the ambush.")
                .claim("five soldiers died in the ambush on the pass", ClaimKind.REPORTED, Stance.ASSERTS, ARMY)
                .claim("five soldiers died in the ambush", ClaimKind.REPORTED, Stance.ASSERTS, REBELS)
                .figure("five soldiers died in the ambush on the pass", 5, "soldiers")
                .figure("five soldiers died in the ambush", 5, "soldiers");

        assertTrue(fixture.disputes().isEmpty());
    }

    @Test
    void anUnrelatedDenialStaysBelowTheThreshold() {
        ClaimFixture fixture = cast("The Ministry of Roads said the new hospital in Kesto would open in spring. "
                        + "The Grey Wolves denied attacking the power station.")
                .claim("the new hospital in Kesto would open in spring", ClaimKind.REPORTED, Stance.ASSERTS, MINISTRY)
                .claim(
                        "The Grey Wolves denied attacking the power station",
                        ClaimKind.REPORTED,
                        Stance.DENIES,
                        MILITIA);

        assertTrue(fixture.disputes().isEmpty());
    }

    @Test
    void aSpeakerDoesNotDisputeItself() {
        ClaimFixture fixture = cast("River Watch said convoys carrying medicine had been stopped at the checkpoint. "
                        + "River Watch later said no convoy had been stopped since May.")
                .claim(
                        "convoys carrying medicine had been stopped at the checkpoint",
                        ClaimKind.REPORTED,
                        Stance.ASSERTS,
                        MONITORS)
                .claim("no convoy had been stopped since May", ClaimKind.REPORTED, Stance.DENIES, MONITORS);

        assertTrue(fixture.disputes().isEmpty());
    }

    @Test
    void aTypedDisputeKeepsItsRelationAndHasNoLabelOnlyWhenNothingWasAnswered() {
        ClaimFixture fixture = cast("River Watch said convoys carrying medicine had been stopped at the checkpoint. "
                        + "Ada Brenn insisted that no convoy had ever been stopped.")
                .claim(
                        "convoys carrying medicine had been stopped at the checkpoint",
                        ClaimKind.REPORTED,
                        Stance.ASSERTS,
                        MONITORS)
                .claim("no convoy had ever been stopped", ClaimKind.REPORTED, Stance.DENIES, GOVERNOR);

        ExtractedDispute dispute = only(fixture.disputes());

        assertNull(dispute.objectKey());
        assertEquals("convoys carrying medicine had been stopped at the checkpoint", dispute.label());
    }
}
