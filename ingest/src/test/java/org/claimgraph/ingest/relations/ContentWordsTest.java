package org.claimgraph.ingest.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.segment.DebrisFinder;
import org.claimgraph.ingest.segment.Segmenter;
import org.claimgraph.ingest.segment.Tokenizer;
import org.junit.jupiter.api.Test;

class ContentWordsTest {

    private static final ContentWords WORDS = new ContentWords();

    private static Set<String> of(String text) {
        Document doc = Pipeline.of(new DebrisFinder(), new Segmenter(), new Tokenizer())
                .annotate("Title\n\n" + text);
        return WORDS.of(doc.get(Layers.TOKENS), List.of());
    }

    @Test
    void twoWordingsOfOneEventMeetOnStemsAndClasses() {
        Set<String> accusation = of("Gunmen shelled the clinic and killed four fighters.");
        Set<String> denial = of("He said no fighter was dead and the clinic was never fired on.");

        Set<String> shared = new java.util.HashSet<>(accusation);
        shared.retainAll(denial);
        assertEquals(Set.of("clinic", "fight", "<HARM>", "<ATTACKS>"), shared);
    }

    @Test
    void framingWordsSayNothingAboutTheSubject() {
        assertEquals(Set.of(), of("He said the allegations were baseless propaganda."));
    }
}
