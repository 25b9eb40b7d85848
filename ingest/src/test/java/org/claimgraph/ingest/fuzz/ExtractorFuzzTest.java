package org.claimgraph.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.claimgraph.ingest.ExtractionException;
import org.claimgraph.ingest.extraction.Extraction;
import org.junit.jupiter.api.Timeout;

/**
 * For any text, the extractor returns an extraction whose spans all lie inside the text, or fails with
 * its documented {@link ExtractionException}, within seconds. {@code mvn test} runs the seeds in
 * {@code src/test/resources/org/claimgraph/ingest/fuzz/ExtractorFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README). A finding is kept there as a seed once fixed.
 */
class ExtractorFuzzTest {

    @FuzzTest(maxDuration = "2m")
    @Timeout(5) // also libFuzzer's per-input timeout while fuzzing
    void anyTextYieldsSpansInsideItOrAnExtractionException(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        Extraction extraction;
        try {
            extraction = SharedExtractor.EXTRACTOR.extract(body);
        } catch (ExtractionException e) {
            assertFalse(e.getMessage().isBlank(), "an ExtractionException says why");
            return;
        }
        ExtractionInvariants.assertSpansInsideBody(body, extraction);
    }
}
