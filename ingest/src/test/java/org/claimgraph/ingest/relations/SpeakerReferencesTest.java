package org.claimgraph.ingest.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.lexicon.Keys;
import org.junit.jupiter.api.Test;

class SpeakerReferencesTest {

    private static final String RED_HAND = "org:red hand";
    private static final String MINISTRY = "org:freedonian ministry of defence";
    private static final String FORCES = Keys.armedForces("FD");

    private static ClaimFixture freedonianSpokesman(String body) {
        return ClaimFixture.of(body)
                .actor("Red Hand", RED_HAND, ActorKind.ORGANIZATION, null)
                .actor(null, "FD", ActorKind.COUNTRY, null)
                .actor(null, FORCES, ActorKind.ORGANIZATION, "FD")
                .actor("Ministry", MINISTRY, ActorKind.ORGANIZATION, "FD")
                .actor("Ivo Stan", "person:ivo stan", ActorKind.PERSON, MINISTRY);
    }

    @Test
    void ourForcesInASpokesmansQuoteAreTheArmedForcesOfHisCountry() {
        ExtractedRelation r = freedonianSpokesman(
                        "\u201cOur forces attacked the Red Hand at the ford,\u201d said Ivo Stan.")
                .claim(
                        "Our forces attacked the Red Hand at the ford",
                        ClaimKind.DIRECT_QUOTE,
                        Stance.ASSERTS,
                        "person:ivo stan")
                .relations()
                .get(0);
        assertEquals(new ExtractedRelation(FORCES, RelationKind.ATTACKS, RED_HAND, false), r);
    }

    @Test
    void itsTroopsInReportedSpeechAreTheSpeakersForces() {
        ExtractedRelation r = freedonianSpokesman("The Ministry said its troops had shelled the Red Hand.")
                .claim("its troops had shelled the Red Hand", ClaimKind.REPORTED, Stance.ASSERTS, MINISTRY)
                .relations()
                .get(0);
        assertEquals(new ExtractedRelation(FORCES, RelationKind.ATTACKS, RED_HAND, false), r);
    }

    @Test
    void weInTheQuoteOfAnArmedGroupsSpokesmanIsTheGroup() {
        ExtractedRelation r = ClaimFixture.of("\u201cWe captured Harmon,\u201d said Piet Soll.")
                .actor("Piet Soll", "person:piet soll", ActorKind.PERSON, RED_HAND)
                .actor(null, RED_HAND, ActorKind.ORGANIZATION, null)
                .place("Harmon", "city:harmon")
                .claim("We captured Harmon", ClaimKind.DIRECT_QUOTE, Stance.ASSERTS, "person:piet soll")
                .relations()
                .get(0);
        assertEquals(new ExtractedRelation(RED_HAND, RelationKind.CONTROLS, "city:harmon", false), r);
    }
}
