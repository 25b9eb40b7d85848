package org.claimgraph.ingest.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.document.AttributedClaim;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.junit.jupiter.api.Test;

class StanceFinderTest {

    private static final String BODY = "The mayor denied that the dam had burst. The guards said the road may reopen.";

    @Test
    void eachClaimGetsTheStanceOfItsVerbAndWordsAndKeepsEverythingElse() {
        Document doc = new Document(BODY);
        ExtractedClaim denial = claim("the dam had burst", "person:mayor");
        ExtractedClaim hedge = claim("the road may reopen", "group:guards");
        doc.put(
                Layers.ATTRIBUTED_CLAIMS,
                List.of(new AttributedClaim(denial, "denied"), new AttributedClaim(hedge, "said")));

        new StanceFinder().annotate(doc);

        List<ExtractedClaim> claims = doc.get(Layers.CLAIMS);
        assertEquals(
                List.of(Stance.DENIES, Stance.HEDGES),
                claims.stream().map(ExtractedClaim::stance).toList());
        assertEquals("the dam had burst", doc.text(claims.get(0).span()));
        assertEquals("person:mayor", claims.get(0).speakerKey());
        assertEquals("group:guards", claims.get(1).speakerKey());
    }

    @Test
    void aPipelineWithoutTheAttributionStageIsRefused() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Pipeline.of(new StanceFinder()));
        assertTrue(refused.getMessage().contains("StanceFinder"), refused.getMessage());
        assertTrue(refused.getMessage().contains(Layers.ATTRIBUTED_CLAIMS.name()), refused.getMessage());
    }

    private static ExtractedClaim claim(String words, String speakerKey) {
        int start = BODY.indexOf(words);
        CharSpan span = new CharSpan(start, start + words.length());
        CharSpan sentence = new CharSpan(BODY.lastIndexOf('.', start) + 1, BODY.indexOf('.', start) + 1).trim(BODY);
        return new ExtractedClaim(
                span, sentence, ClaimKind.REPORTED, null, speakerKey, List.of(), List.of(), null, null, null);
    }
}
