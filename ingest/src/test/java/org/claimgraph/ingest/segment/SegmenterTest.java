package org.claimgraph.ingest.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.document.Token;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static final Pipeline SEGMENT = Pipeline.of(new DebrisFinder(), new Segmenter(), new Tokenizer());

    @Test
    void titleIsItsOwnLineAndNeverMergesIntoTheFirstSentence() {
        String body = "Rebels Seize Town in the North\n\nRebels seized the town on Monday. Gen. Ali Khan said so.\n";
        Document doc = SEGMENT.annotate(body);

        assertEquals(
                "Rebels Seize Town in the North", doc.text(doc.get(Layers.TITLE).orElseThrow()));
        List<String> sentences =
                doc.get(Layers.SENTENCES).stream().map(s -> doc.text(s.span())).toList();
        assertEquals(List.of("Rebels seized the town on Monday.", "Gen. Ali Khan said so."), sentences);
    }

    @Test
    void debrisIsSkippedWithoutShiftingOffsets() {
        String body =
                "Headline\n\nA paragraph ends here.\n\nShare this article\n\nAnother one follows.\n\nleave a reply:\n";
        Document doc = SEGMENT.annotate(body);

        assertEquals(
                List.of("Share this article", "leave a reply:"),
                doc.get(Layers.DEBRIS).stream().map(doc::text).toList());
        assertEquals(
                List.of("A paragraph ends here.", "Another one follows."),
                doc.get(Layers.PARAGRAPHS).stream().map(doc::text).toList());
        int start = body.indexOf("Another");
        assertEquals(start, doc.get(Layers.SENTENCES).get(1).span().start());
    }

    @Test
    void aShortLineEndingInALinkIsPageFurniture() {
        Document doc = SEGMENT.annotate(
                "Headline\n\nThe story ends here.\n\nFollow the agency's Asia coverage at https://example.org/asia\n");

        assertEquals(
                List.of("Follow the agency's Asia coverage at https://example.org/asia"),
                doc.get(Layers.DEBRIS).stream().map(doc::text).toList());
        assertEquals(
                List.of("The story ends here."),
                doc.get(Layers.PARAGRAPHS).stream().map(doc::text).toList());
    }

    @Test
    void aBlankLineEndsASentenceEvenWithoutAFullStop() {
        Document doc = SEGMENT.annotate("Title\n\nKunduz remains a hot spot\n\nFighting went on.");
        assertEquals(
                List.of("Kunduz remains a hot spot", "Fighting went on."),
                doc.get(Layers.SENTENCES).stream().map(s -> doc.text(s.span())).toList());
        assertEquals(0, doc.get(Layers.SENTENCES).get(0).paragraph());
        assertEquals(1, doc.get(Layers.SENTENCES).get(1).paragraph());
    }

    @Test
    void tokensCarryExactOffsetsAndPartOfSpeechTags() {
        String body = "Title\n\n\u201cWe will stay,\u201d the governor told reporters in Kabul.";
        Document doc = SEGMENT.annotate(body);
        List<Token> tokens = doc.get(Layers.TOKENS);
        for (Token token : tokens) {
            assertEquals(token.text(), doc.text(token.span()));
        }
        Token kabul = tokens.stream()
                .filter(t -> t.text().equals("Kabul"))
                .findFirst()
                .orElseThrow();
        assertEquals("PROPN", kabul.tag());
        assertTrue(tokens.stream()
                .anyMatch(t -> t.text().equals("governor") && t.tag().equals("NOUN")));
    }

    @Test
    void windowsLineEndingsKeepOffsetsExact() {
        String body = "Title\r\n\r\nOne sentence here.\r\nStill the same paragraph.\r\n";
        Document doc = SEGMENT.annotate(body);
        assertEquals(1, doc.get(Layers.PARAGRAPHS).size());
        assertEquals(
                "One sentence here.", doc.text(doc.get(Layers.SENTENCES).get(0).span()));
    }

    @Test
    void aRunOnParagraphIsCutIntoBoundedSentencesWithExactOffsets() {
        String body = "Title\n\n" + "the convoy drove on and ".repeat(2_000) + "\n\n" + "Gen. ".repeat(2_000);
        Document doc = SEGMENT.annotate(body);

        for (Sentence sentence : doc.get(Layers.SENTENCES)) {
            assertTrue(sentence.span().length() <= Pieces.MAX_LENGTH, sentence.span()::toString);
        }
        for (Token token : doc.get(Layers.TOKENS)) {
            assertEquals(token.text(), doc.text(token.span()));
        }
        assertEquals(
                2_000,
                doc.get(Layers.TOKENS).stream()
                        .filter(t -> t.text().equals("convoy"))
                        .count());
    }
}
