package org.claimgraph.ingest.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.lexicon.NameForm;

/**
 * Gathers the places of one document with their parent chains, and the names each was written with
 * (a spelling variant such as "Imam Saheb", or "Kunduz province"), into the final mentions and places.
 */
final class PlaceCollector {

    private final Function<String, ExtractedPlace> lookup;
    private final Map<String, ExtractedPlace> places = new LinkedHashMap<>();
    private final Map<String, Set<String>> aliases = new LinkedHashMap<>();
    private final List<Found> found = new ArrayList<>();

    private record Found(CharSpan span, String key, PlaceMention.Form form) {}

    PlaceCollector(Function<String, ExtractedPlace> lookup) {
        this.lookup = lookup;
    }

    void add(CharSpan span, ExtractedPlace place, PlaceMention.Form form, String surface) {
        for (ExtractedPlace p = place; p != null && !places.containsKey(p.key()); p = lookup.apply(p.parentKey())) {
            places.put(p.key(), p);
            aliases.put(p.key(), new LinkedHashSet<>(p.aliases()));
        }
        if (form == PlaceMention.Form.NAME && !NameForm.key(surface).equals(NameForm.key(place.name()))) {
            aliases.get(place.key()).add(surface);
        }
        found.add(new Found(span, place.key(), form));
    }

    Map<String, ExtractedPlace> places() {
        Map<String, ExtractedPlace> result = new LinkedHashMap<>();
        places.forEach((key, p) -> result.put(
                key,
                new ExtractedPlace(
                        key,
                        p.name(),
                        p.kind(),
                        List.copyOf(aliases.get(key)),
                        p.code(),
                        p.latitude(),
                        p.longitude(),
                        p.parentKey())));
        return result;
    }

    List<PlaceMention> mentions(Map<String, ExtractedPlace> finalPlaces) {
        return found.stream()
                .map(f -> new PlaceMention(f.span(), finalPlaces.get(f.key()), f.form()))
                .toList();
    }
}
