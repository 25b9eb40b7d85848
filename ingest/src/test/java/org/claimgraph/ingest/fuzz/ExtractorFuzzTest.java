package org.claimgraph.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import org.claimgraph.ingest.ExtractionException;
import org.claimgraph.ingest.extraction.Extraction;

/**
 * For any text, the extractor returns an extraction whose spans all lie inside the text, or fails with
 * its documented {@link ExtractionException}, within seconds. {@code mvn test} runs the seeds in
 * {@code src/test/resources/org/claimgraph/ingest/fuzz/ExtractorFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (see the README). A finding is kept there as a seed once fixed.
 */
class ExtractorFuzzTest {

    // Per input; JUnit's @Timeout would bound the whole fuzzing run instead.
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @FuzzTest(maxDuration = "2m")
    void anyTextYieldsSpansInsideItOrAnExtractionException(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        Extraction extraction;
        try {
            extraction = assertTimeoutPreemptively(LIMIT, () -> SharedExtractor.EXTRACTOR.extract(body));
        } catch (ExtractionException e) {
            assertFalse(e.getMessage().isBlank(), "an ExtractionException says why");
            return;
        }
        ExtractionInvariants.assertSpansInsideBody(body, extraction);
    }
}
