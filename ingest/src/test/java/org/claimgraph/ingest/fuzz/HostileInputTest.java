package org.claimgraph.ingest.fuzz;

import static org.claimgraph.ingest.fuzz.SharedExtractor.EXTRACTOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.claimgraph.ingest.ExtractionException;
import org.claimgraph.ingest.extraction.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Texts no newspaper prints but a client may send: each is extracted within seconds (OpenNLP alone
 * used to take minutes on some of them), with every span inside the text.
 */
class HostileInputTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final String ARTICLE = "Bridge talks resume\n\n"
            + "\"The bridge will hold,\" said Col. Maria Lind, a spokeswoman for the army.\n\n"
            + "Some 300 police officers were sent to Herat province, officials said.\n";

    @BeforeAll
    static void warmUp() {
        EXTRACTOR.extract(ARTICLE);
    }

    @Test
    void hundredThousandQuoteMarksAreExtractedInTime() {
        Extraction extraction = extractInTime(repeat("\"\u201c\u201d\u2019'", 100_000));

        assertTrue(extraction.claims().isEmpty());
    }

    @Test
    void aHundredKilobyteSentenceWithoutFullStopStillYieldsItsPlaces() {
        Extraction extraction = extractInTime(repeat("the convoy drove on towards Herat and ", 100_000));

        assertFalse(extraction.mentions().isEmpty(), "the places named in a run-on sentence are still found");
    }

    @Test
    void aHundredKilobyteWordIsExtractedInTime() {
        extractInTime(repeat("ab", 100_000));
    }

    @Test
    void deeplyNestedBracketsAreExtractedInTime() {
        extractInTime("(".repeat(30_000) + "[{\"said Col. Lind\"}]" + ")".repeat(30_000) + repeat("([{<", 40_000));
    }

    @Test
    void aMegabyteOfRepeatedArticleIsExtractedInTime() {
        String body = repeat(ARTICLE, 1_000_000);

        // Some 230,000 tokens that OpenNLP tags at about 10 µs each: seconds of linear work on a
        // loaded machine (15 s at load average 3). The bound catches a return to quadratic time, which took minutes.
        Extraction extraction = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> EXTRACTOR.extract(body));
        ExtractionInvariants.assertSpansInsideBody(body, extraction);

        assertEquals("Bridge talks resume", extraction.title());
        assertFalse(extraction.claims().isEmpty());
    }

    @Test
    void onlyPunctuationYieldsNoClaims() {
        Extraction extraction = extractInTime(repeat(".,;:!?-()[]{}\"'/\\@#$%^&*\u2026\u2014", 100_000));

        assertTrue(extraction.claims().isEmpty());
        assertTrue(extraction.warnings().contains("no claims found"), extraction.warnings()::toString);
    }

    @Test
    void fullStopsAloneAreExtractedInTime() {
        extractInTime(".".repeat(100_000));
    }

    @Test
    void aBlankBodyIsRefusedWithAReason() {
        ExtractionException e =
                assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(" \t\r\n\u2003 ".repeat(1_000)));

        assertEquals("body must not be empty", e.getMessage());
    }

    @Test
    void controlCharactersAreExtractedInTime() {
        StringBuilder body = new StringBuilder(ARTICLE);
        for (int i = 0; body.length() < 100_000; i++) {
            body.append((char) (i % 32)).append(i % 7 == 0 ? "word " : "");
        }
        extractInTime(body.toString());
    }

    @Test
    void loneSurrogatesAreExtractedInTime() {
        String body = ARTICLE + repeat("\ud800 a\udc00b \udbff\udfff \ud83d", 100_000) + "\n\n" + ARTICLE;

        extractInTime(body);
    }

    @Test
    void windowsLineEndingsGiveTheSameExtractionAsUnixOnes() {
        Extraction unix = extractInTime(ARTICLE);
        Extraction windows = extractInTime(ARTICLE.replace("\n", "\r\n"));

        assertEquals(unix.title(), windows.title());
        assertEquals(unix.claims().size(), windows.claims().size());
        assertEquals(unix.claims().get(0).speakerKey(), windows.claims().get(0).speakerKey());
        assertEquals(unix.quantities().size(), windows.quantities().size());
    }

    @Test
    void aBodyThatIsOnlyATitleLineIsExtracted() {
        Extraction extraction = extractInTime("Bridge talks resume in the north");

        assertTrue(extraction.claims().isEmpty());
        assertTrue(extraction.warnings().contains("no claims found"), extraction.warnings()::toString);
    }

    private static Extraction extractInTime(String body) {
        Extraction extraction = assertTimeoutPreemptively(LIMIT, () -> EXTRACTOR.extract(body));
        ExtractionInvariants.assertSpansInsideBody(body, extraction);
        return extraction;
    }

    /** {@code unit} repeated up to exactly {@code length} characters. */
    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
