package org.claimgraph.ingest.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedDispute;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.junit.jupiter.api.Test;

class DisputeFinderTest {

    private static final ExtractedActor REBELS = org("org:rebels", null);
    private static final ExtractedActor GUARDS = org("org:guards", null);
    private static final ExtractedActor GUARDS_BRANCH = org("org:guards-north", "org:guards");

    private static ExtractedActor org(String key, String parent) {
        return new ExtractedActor(key, key, ActorKind.ORGANIZATION, List.of(), null, parent);
    }

    private static ExtractedClaim claim(Stance stance) {
        CharSpan span = new CharSpan(0, 1);
        return new ExtractedClaim(span, span, ClaimKind.REPORTED, stance, null, List.of(), List.of(), null, null, null);
    }

    private static List<ExtractedDispute> disputes(
            List<ExtractedClaim> claims, Map<Integer, ExtractedRelation> relations) {
        Document doc = new Document("x");
        doc.put(Layers.CLAIMS, claims);
        doc.put(Layers.CLAIM_RELATIONS, relations);
        doc.put(Layers.ACTORS, List.of(REBELS, GUARDS, GUARDS_BRANCH));
        doc.put(Layers.SENTENCES, List.of());
        doc.put(Layers.TOKENS, List.of());
        doc.put(Layers.MENTIONS, List.of());
        doc.put(Layers.QUANTITIES, List.of());
        new DisputeFinder().annotate(doc);
        return doc.get(Layers.DISPUTES);
    }

    @Test
    void assertionAndNegationOfOnePropositionFormADispute() {
        List<ExtractedDispute> found = disputes(
                List.of(claim(Stance.ASSERTS), claim(Stance.ASSERTS), claim(Stance.HEDGES)),
                Map.of(
                        0,
                        new ExtractedRelation("org:rebels", RelationKind.SUPPORTS, "org:guards", false),
                        1,
                        new ExtractedRelation("org:rebels", RelationKind.SUPPORTS, "org:guards", true),
                        2,
                        new ExtractedRelation("org:rebels", RelationKind.SUPPORTS, "org:guards", false)));
        assertEquals(1, found.size());
        assertEquals(List.of(0, 2), found.get(0).assertions(), "a hedged claim is on the asserting side");
        assertEquals(List.of(1), found.get(0).denials());
        assertEquals(List.of(2), found.get(0).hedges());
    }

    @Test
    void aDenyingStanceDeniesAnUnnegatedPropositionAndABranchStandsForItsParent() {
        List<ExtractedDispute> found = disputes(
                List.of(claim(Stance.ASSERTS), claim(Stance.DENIES)),
                Map.of(
                        0,
                        new ExtractedRelation("org:rebels", RelationKind.FIGHTS, "org:guards", false),
                        1,
                        new ExtractedRelation("org:guards-north", RelationKind.FIGHTS, "org:rebels", false)));
        assertEquals(1, found.size());
        assertEquals(List.of(1), found.get(0).denials());
    }

    @Test
    void aNegatedRelationInADenyingClaimIsStillADenial() {
        List<ExtractedDispute> found = disputes(
                List.of(claim(Stance.ASSERTS), claim(Stance.DENIES)),
                Map.of(
                        0,
                        new ExtractedRelation("org:rebels", RelationKind.SUPPORTS, "org:guards", false),
                        1,
                        new ExtractedRelation("org:rebels", RelationKind.SUPPORTS, "org:guards", true)));
        assertEquals(List.of(1), found.get(0).denials());
        assertEquals(List.of(0), found.get(0).assertions());
    }

    @Test
    void agreementIsNoDispute() {
        assertTrue(disputes(
                        List.of(claim(Stance.ASSERTS), claim(Stance.ASSERTS)),
                        Map.of(
                                0,
                                new ExtractedRelation("org:rebels", RelationKind.FIGHTS, "org:guards", false),
                                1,
                                new ExtractedRelation("org:rebels", RelationKind.FIGHTS, "org:guards", false)))
                .isEmpty());
    }
}
