package org.claimgraph.ingest.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.document.Token;
import org.junit.jupiter.api.Test;

class GreedySequenceModelTest {

    private static final Pipeline TOKENS = Pipeline.of(new DebrisFinder(), new Segmenter(), new Tokenizer());

    @Test
    void tagsEverySentenceAsOpenNlpsBeamSearchWithABeamOfOne() throws IOException {
        POSModel shipped;
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(OpenNlpModels.POS_MODEL)) {
            shipped = new POSModel(in);
        }
        MaxentModel maxent = shipped.getArtifact("pos.model");
        POSTaggerME beamOfOne =
                new POSTaggerME(new POSModel(shipped.getLanguage(), maxent, 1, null, shipped.getFactory()));
        POSTaggerME greedy = new POSTaggerME(OpenNlpModels.partsOfSpeech());

        int sentences = 0;
        for (String article : List.of(
                "sahel-convoy-ambush",
                "somalia-base-attack",
                "tajik-border-clash",
                "myanmar-town-claim",
                "sudan-town-claim")) {
            Document doc = TOKENS.annotate(read("/invented/" + article + ".txt"));
            for (Sentence sentence : doc.get(Layers.SENTENCES)) {
                String[] words = doc.get(Layers.TOKENS).stream()
                        .filter(t -> t.sentence() == sentence.index())
                        .map(Token::text)
                        .toArray(String[]::new);
                assertArrayEquals(beamOfOne.tag(words), greedy.tag(words), () -> String.join(" ", words));
                sentences++;
            }
        }
        assertTrue(sentences > 50, "read " + sentences + " sentences");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = GreedySequenceModelTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
