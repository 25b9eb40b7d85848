package org.claimgraph.ingest.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.ingest.Extractor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedDispute;
import org.claimgraph.ingest.extraction.Extraction;
import org.claimgraph.ingest.lexicon.Keys;
import org.junit.jupiter.api.Test;

/** A whole invented article: a ministry's "its troops" and a spokeswoman's "our soldiers" deny another's account. */
class ArticleDisputesTest {

    private static String read(String resource) throws IOException {
        try (InputStream in = ArticleDisputesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int claimStarting(Extraction extraction, String body, String words) {
        List<ExtractedClaim> claims = extraction.claims();
        for (int c = 0; c < claims.size(); c++) {
            if (claims.get(c).span().coveredText(body).startsWith(words)) {
                return c;
            }
        }
        throw new AssertionError("no claim starts with " + words);
    }

    @Test
    void denialsThroughTheSpeakersOwnForcesMeetTheAccusation() throws IOException {
        String body = read("border-post-dispute.txt");
        Extraction extraction = new Extractor().extract(body);

        ExtractedDispute dispute = extraction.disputes().stream()
                .filter(d ->
                        d.predicate() == RelationKind.ATTACKS && d.subjectKey().equals(Keys.armedForces("PE")))
                .findFirst()
                .orElseThrow();
        assertEquals(Keys.armedForces("BO"), dispute.objectKey());
        assertEquals(List.of(claimStarting(extraction, body, "Peruvian troops had fired first")), dispute.assertions());
        assertTrue(dispute.denials().contains(claimStarting(extraction, body, "its troops had started")));
        assertTrue(dispute.denials().contains(claimStarting(extraction, body, "Our soldiers did not shoot")));
    }
}
