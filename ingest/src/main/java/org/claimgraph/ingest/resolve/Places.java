package org.claimgraph.ingest.resolve;

import java.util.Map;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.extraction.ExtractedPlace;

/** Questions about the places of one document ({@link org.claimgraph.ingest.document.Layers#PLACES}). */
final class Places {

    private static final int MAX_DEPTH = 8;

    private final Map<String, ExtractedPlace> byKey;

    Places(Map<String, ExtractedPlace> byKey) {
        this.byKey = byKey;
    }

    ExtractedPlace get(String key) {
        return byKey.get(key);
    }

    /** The country a place lies in (the place itself for a country), or null. */
    ExtractedPlace countryOf(ExtractedPlace place) {
        ExtractedPlace p = place;
        for (int depth = 0; p != null && depth < MAX_DEPTH; depth++) {
            if (p.kind() == LocationKind.COUNTRY) {
                return p;
            }
            p = p.parentKey() == null ? null : byKey.get(p.parentKey());
        }
        return null;
    }

    /** Whether the place is a city directly under a country: a capital, which can stand for its state. */
    boolean isCapital(ExtractedPlace place) {
        if (place.kind() != LocationKind.CITY || place.parentKey() == null) {
            return false;
        }
        ExtractedPlace parent = byKey.get(place.parentKey());
        return parent != null
                && parent.kind() == LocationKind.COUNTRY
                && Capitals.isCapitalOf(place.name(), parent.key());
    }
}
