package org.claimgraph.ingest.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.ingest.extraction.CharSpan;
import org.junit.jupiter.api.Test;

class PiecesTest {

    @Test
    void aShortSpanIsOnePiece() {
        String text = "The bridge will hold.";

        assertEquals(List.of(new CharSpan(0, 21)), Pieces.of(text, new CharSpan(0, 21), 30));
    }

    @Test
    void aLongSpanIsCutAfterTheLastSentenceEndThatFits() {
        String text = "One two. \"Three four.\" Five six seven eight";

        List<CharSpan> pieces = Pieces.of(text, new CharSpan(0, text.length()), 30);

        assertEquals(List.of(new CharSpan(0, 22), new CharSpan(22, text.length())), pieces);
        assertEquals("One two. \"Three four.\"", pieces.get(0).coveredText(text));
    }

    @Test
    void withoutSentenceEndsALongSpanIsCutAtWhiteSpace() {
        String text = "one two three four five six seven";

        List<CharSpan> pieces = Pieces.of(text, new CharSpan(0, text.length()), 10);

        assertEquals("one two", pieces.get(0).coveredText(text));
        assertPiecesCover(text, pieces, 10);
    }

    @Test
    void withoutWhiteSpaceALongSpanIsCutAtTheLimitButNeverInsideASurrogatePair() {
        String text = "abcd\ud83d\ude00efgh";

        List<CharSpan> pieces = Pieces.of(text, new CharSpan(0, text.length()), 5);

        assertEquals("abcd", pieces.get(0).coveredText(text));
        assertEquals("\ud83d\ude00efg", pieces.get(1).coveredText(text));
        assertPiecesCover(text, pieces, 5);
    }

    private static void assertPiecesCover(String text, List<CharSpan> pieces, int maxLength) {
        int end = 0;
        for (CharSpan piece : pieces) {
            assertEquals(end, piece.start());
            assertTrue(piece.length() <= maxLength, piece::toString);
            end = piece.end();
        }
        assertEquals(text.length(), end);
    }
}
