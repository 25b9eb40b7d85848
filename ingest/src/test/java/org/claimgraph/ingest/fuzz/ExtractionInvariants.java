package org.claimgraph.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.Extraction;

/** What must hold for the extraction of any body: every span is evidence that can be cut out of it. */
final class ExtractionInvariants {

    private ExtractionInvariants() {}

    static void assertSpansInsideBody(String body, Extraction extraction) {
        for (CharSpan span : spans(extraction)) {
            assertTrue(
                    span.start() >= 0 && span.end() <= body.length(),
                    () -> "span " + span + " lies outside a body of " + body.length() + " characters");
            assertEquals(body.substring(span.start(), span.end()), span.coveredText(body));
        }
        if (extraction.titleSpan() != null) {
            assertEquals(extraction.titleSpan().coveredText(body), extraction.title());
        }
    }

    private static List<CharSpan> spans(Extraction extraction) {
        List<CharSpan> spans = new ArrayList<>();
        if (extraction.titleSpan() != null) {
            spans.add(extraction.titleSpan());
        }
        extraction.mentions().forEach(m -> spans.add(m.span()));
        extraction.claims().forEach(c -> {
            spans.add(c.span());
            spans.add(c.sentence());
        });
        extraction.quantities().forEach(q -> {
            spans.add(q.span());
            spans.add(q.sentence());
        });
        return spans;
    }
}
