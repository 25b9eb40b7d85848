package org.claimgraph.ingest.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.PlaceCandidate;
import org.claimgraph.ingest.document.PlaceCandidates;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.extraction.ExtractedPlace;

/**
 * Settles what each place candidate names and gathers the places with their parents: the reading of a
 * name shared by several places (the province named nearest before, the country the article names), the
 * parent and key of a place found from context, "the town" as the town named before; a candidate no
 * reading fits is dropped. Each place keeps the spellings the article wrote it with as aliases.
 * <p>Needs: {@link Layers#PLACE_CANDIDATES}. Adds: {@link Layers#PLACE_MENTIONS} (body order, not
 * overlapping) and {@link Layers#PLACES} (every place mentioned and all its parents, by key).
 */
public final class PlaceMentionResolver implements Stage {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.PLACE_CANDIDATES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PLACE_MENTIONS, Layers.PLACES);
    }

    @Override
    public void annotate(Document document) {
        String body = document.text();
        PlaceCandidates found = document.get(Layers.PLACE_CANDIDATES);
        List<PlaceCandidate> candidates = found.inBodyOrder();
        Map<String, ExtractedPlace> context = new HashMap<>();
        PlaceResolver resolver =
                new PlaceResolver(candidates, body, context, found.dateline().orElse(null), found.datelineCountries());
        List<ExtractedPlace> resolved = resolver.resolveAll();
        PlaceCollector collector = new PlaceCollector(resolver::place);
        for (int i = 0; i < candidates.size(); i++) {
            PlaceCandidate c = candidates.get(i);
            if (resolved.get(i) != null) {
                collector.add(c.span(), resolved.get(i), c.form(), c.span().coveredText(body));
            }
        }
        Map<String, ExtractedPlace> places = collector.places();
        document.put(Layers.PLACE_MENTIONS, List.copyOf(collector.mentions(places)));
        document.put(Layers.PLACES, Map.copyOf(places));
    }
}
