package org.claimgraph.api.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BulkProgressTest {

    @Test
    void shouldShowDoneOfTotalRateAndTimeLeft() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BulkProgress progress = new BulkProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 4, false);
        progress.advance();
        progress.advance();

        String line = progress.line(System.nanoTime());
        assertTrue(line.startsWith("[###############---------------] 2/4 articles  "), line);
        assertTrue(line.matches(".* [0-9.]+ articles/s  ETA [0-9hms]+"), line);
    }

    @Test
    void shouldEndWithTheFinalLineWhenAllAreDone() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BulkProgress progress = new BulkProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, false);
        progress.advance();
        progress.advance();

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.endsWith("ETA 0s\n"), printed);
        assertTrue(printed.contains("2/2 articles"), printed);
    }

    @Test
    void shouldWriteDurationsAsAPersonReadsThem() {
        assertEquals("42s", BulkProgress.duration(42));
        assertEquals("3m05s", BulkProgress.duration(185));
        assertEquals("2h01m", BulkProgress.duration(7260));
    }
}
