package org.claimgraph.ingest.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.segment.DebrisFinder;
import org.claimgraph.ingest.segment.Segmenter;
import org.claimgraph.ingest.segment.Tokenizer;
import org.junit.jupiter.api.Test;

class RelationFinderTest {

    private static final Pipeline SEGMENT = Pipeline.of(new DebrisFinder(), new Segmenter(), new Tokenizer());

    /** The whole second paragraph is one claim; each name in {@code actors} is a mention of "org:" + name. */
    static Document claimDocument(String claimText, Stance stance, String... actors) {
        String body = "Title\n\n" + claimText;
        Document doc = SEGMENT.annotate(body);
        List<ExtractedMention> mentions = new ArrayList<>();
        for (String actor : actors) {
            int at = body.indexOf(actor);
            mentions.add(ExtractedMention.ofActor(new CharSpan(at, at + actor.length()), "org:" + actor.toLowerCase()));
        }
        CharSpan span = new CharSpan(7, body.length());
        doc.put(Layers.MENTIONS, mentions);
        doc.put(Layers.ACTORS, List.of());
        doc.put(
                Layers.CLAIMS,
                List.of(new ExtractedClaim(
                        span, span, ClaimKind.REPORTED, stance, null, List.of(), List.of(), null, null, null)));
        return doc;
    }

    private static ExtractedRelation relation(String claim, String... actors) {
        Document doc = claimDocument(claim, Stance.ASSERTS, actors);
        new RelationFinder().annotate(doc);
        Map<Integer, ExtractedRelation> relations = doc.get(Layers.CLAIM_RELATIONS);
        return relations.get(0);
    }

    @Test
    void readsSubjectPredicateAndObject() {
        ExtractedRelation r = relation("The Rebels are fighting the Guards in the hills.", "Rebels", "Guards");
        assertEquals(new ExtractedRelation("org:rebels", RelationKind.FIGHTS, "org:guards", false), r);
    }

    @Test
    void negationBeforeThePredicateNegatesIt() {
        ExtractedRelation r = relation("The Rebels are not supplying the Guards with arms.", "Rebels", "Guards");
        assertEquals(RelationKind.SUPPORTS, r.predicate());
        assertTrue(r.negated());
    }

    @Test
    void andNotNegatesTheActorItStandsBefore() {
        ExtractedRelation r =
                relation("Militia — and not Rebels — are battling Guards.", "Militia", "Rebels", "Guards");
        assertEquals("org:rebels", r.subjectKey());
        assertTrue(r.negated());
    }

    @Test
    void eachOtherMakesBothSidesOfTheRelation() {
        ExtractedRelation r =
                relation("This idea that Rebels and Guards are opposed to each other is wrong.", "Rebels", "Guards");
        assertEquals(new ExtractedRelation("org:rebels", RelationKind.FIGHTS, "org:guards", false), r);
    }

    @Test
    void noPredicateWordMeansNoRelation() {
        assertEquals(null, relation("The Rebels and the Guards are in the hills.", "Rebels", "Guards"));
        assertFalse(relation("Rebels want Guards out.", "Rebels", "Guards").negated());
    }
}
