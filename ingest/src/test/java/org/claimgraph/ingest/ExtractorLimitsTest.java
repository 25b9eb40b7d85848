package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.domain.Article;
import org.claimgraph.ingest.extraction.Extraction;
import org.junit.jupiter.api.Test;

/** The limits of what the extractor accepts, and the warnings it gives instead of guessing. */
class ExtractorLimitsTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static final String NOT_ENGLISH = "the text does not look like English; extraction may be poor";

    @Test
    void aBodyOverTheLimitIsRefusedWithItsLength() {
        String body = "a".repeat(Article.MAX_BODY_LENGTH + 1);

        ExtractionException e = assertThrows(ExtractionException.class, () -> EXTRACTOR.extract(body));

        assertEquals("body has 1000001 characters; at most 1000000 are accepted", e.getMessage());
    }

    @Test
    void aBodyAtTheLimitIsAccepted() {
        String body =
                "The talks went on. ".repeat(Article.MAX_BODY_LENGTH / 19 + 1).substring(0, Article.MAX_BODY_LENGTH);

        Extraction extraction = EXTRACTOR.extract(body);

        assertTrue(extraction.claims().isEmpty());
        assertFalse(extraction.warnings().contains(NOT_ENGLISH));
    }

    @Test
    void aTextWithoutSentencesIsExtractedWithAWarning() {
        Extraction extraction = EXTRACTOR.extract("Share this\n\nAdvertisement\n");

        assertTrue(extraction.warnings().contains("no sentences found"), extraction.warnings()::toString);
    }

    @Test
    void aSpanishArticleIsFlaggedAsNotEnglish() {
        String body = "Se reanudan las conversaciones\n\n"
                + "El puente sobre el río seguirá abierto durante toda la semana, dijo el lunes una portavoz del "
                + "ejército. Según las autoridades locales, unos trescientos agentes llegaron a la ciudad para "
                + "vigilar los mercados y las carreteras del norte.\n";

        Extraction extraction = EXTRACTOR.extract(body);

        assertTrue(extraction.warnings().contains(NOT_ENGLISH), extraction.warnings()::toString);
    }

    @Test
    void aGermanArticleIsFlaggedAsNotEnglish() {
        String body = "Gespräche werden fortgesetzt\n\n"
                + "Die Brücke über den Fluss bleibt die ganze Woche geöffnet, sagte eine Sprecherin der Armee am "
                + "Montag. Nach Angaben der Behörden kamen etwa dreihundert Polizisten in die Stadt, um Märkte "
                + "und Straßen im Norden zu bewachen.\n";

        Extraction extraction = EXTRACTOR.extract(body);

        assertTrue(extraction.warnings().contains(NOT_ENGLISH), extraction.warnings()::toString);
    }

    @Test
    void anEnglishArticleIsNotFlagged() {
        String body = "Talks resume\n\n"
                + "The bridge over the river will stay open for the whole week, a spokeswoman for the army said on "
                + "Monday. According to local officials, some 300 police officers arrived in the city to guard "
                + "the markets and the roads in the north.\n";

        Extraction extraction = EXTRACTOR.extract(body);

        assertFalse(extraction.warnings().contains(NOT_ENGLISH), extraction.warnings()::toString);
    }

    @Test
    void aShortListOfNamesIsNotJudged() {
        Extraction extraction = EXTRACTOR.extract("Herat\n\nKabul, Kandahar, Mazar-i-Sharif.");

        assertFalse(extraction.warnings().contains(NOT_ENGLISH), extraction.warnings()::toString);
    }
}
