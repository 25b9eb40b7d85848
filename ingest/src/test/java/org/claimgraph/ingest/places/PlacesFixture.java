package org.claimgraph.ingest.places;

import java.util.List;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.resolve.PlaceMentionResolver;
import org.claimgraph.ingest.segment.DebrisFinder;
import org.claimgraph.ingest.segment.Segmenter;
import org.claimgraph.ingest.segment.Tokenizer;

/**
 * Runs the place finder and the stage that settles its candidates over invented sentences, and reads the
 * mentions by the words they cover.
 */
final class PlacesFixture {

    private static final Pipeline PLACES = Pipeline.of(
            new DebrisFinder(), new Segmenter(), new Tokenizer(), new PlaceFinder(), new PlaceMentionResolver());

    private PlacesFixture() {}

    static Document annotate(String text) {
        return PLACES.annotate("Headline\n\n" + text);
    }

    static PlaceMention mention(Document doc, String covered) {
        return doc.get(Layers.PLACE_MENTIONS).stream()
                .filter(m -> doc.text(m.span()).equals(covered))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + covered + "' in " + covered(doc)));
    }

    static List<String> covered(Document doc) {
        return doc.get(Layers.PLACE_MENTIONS).stream()
                .map(m -> doc.text(m.span()))
                .toList();
    }
}
