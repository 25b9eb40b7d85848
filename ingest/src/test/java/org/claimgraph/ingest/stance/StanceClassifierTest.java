package org.claimgraph.ingest.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimgraph.domain.Stance;
import org.junit.jupiter.api.Test;

class StanceClassifierTest {

    private final StanceClassifier classifier = new StanceClassifier();

    @Test
    void verbsOfDenialDeny() {
        assertEquals(Stance.DENIES, classifier.classify("rejected", "reports that the dam had burst"));
    }

    @Test
    void aNegatedMainPredicateDenies() {
        assertEquals(Stance.DENIES, classifier.classify("said", "The militia is not guarding the bridge"));
        assertEquals(Stance.DENIES, classifier.classify("said", "Our pilots didn't cross the line"));
        assertEquals(Stance.DENIES, classifier.classify("say", "farmers — and not soldiers — are holding the hill"));
    }

    @Test
    void sayingItIsFalseDenies() {
        assertEquals(Stance.DENIES, classifier.classify(null, "The notion that the two camps are allies is wrong"));
    }

    @Test
    void hedgesAndConditionalsHedge() {
        assertEquals(Stance.HEDGES, classifier.classify("said", "the convoy may reach the town by night"));
        assertEquals(Stance.HEDGES, classifier.classify("said", "I think it is fair to assume the talks failed"));
        assertEquals(Stance.HEDGES, classifier.classify("said", "If the rain stops, the roads will open"));
    }

    @Test
    void aNegativeWordInASubordinateClauseStillAsserts() {
        assertEquals(Stance.ASSERTS, classifier.classify("said", "the mayor, who was not there, signed the order"));
        assertEquals(Stance.ASSERTS, classifier.classify("said", "the market reopened on Friday"));
    }

    @Test
    void appealsAndChargesAssertEvenWhenNegative() {
        assertEquals(Stance.ASSERTS, classifier.classify("urged", "residents not to leave their homes"));
        assertEquals(Stance.ASSERTS, classifier.classify("accused", "the guards of not opening the gate"));
    }

    @Test
    void beingUnableToConfirmHedgesRatherThanDenies() {
        assertEquals(Stance.HEDGES, classifier.classify("said", "the agency could not confirm who fired the rockets"));
        assertEquals(Stance.HEDGES, classifier.classify("said", "reporters cannot independently verify the toll"));
        assertEquals(Stance.HEDGES, classifier.classify("said", "monitors were unable to establish the cause"));
        assertEquals(Stance.DENIES, classifier.classify("said", "the pilots could not have crossed the line"));
    }

    @Test
    void theMonthMayIsNoHedge() {
        assertEquals(Stance.ASSERTS, classifier.classify("said", "prices have doubled since May"));
        assertEquals(Stance.ASSERTS, classifier.classify("said", "the dam was finished on May 4"));
        assertEquals(Stance.HEDGES, classifier.classify("said", "the dam may burst in June"));
    }

    @Test
    void noneAndNobodyNegateTheMainClause() {
        assertEquals(Stance.DENIES, classifier.classify("said", "none of the drivers had carried weapons"));
        assertEquals(Stance.DENIES, classifier.classify("said", "nobody was hurt in the raid"));
    }

    @Test
    void callingItALieDenies() {
        assertEquals(Stance.DENIES, classifier.classify(null, "That is a lie"));
        assertEquals(Stance.DENIES, classifier.classify("said", "the rumours were baseless"));
    }
}
