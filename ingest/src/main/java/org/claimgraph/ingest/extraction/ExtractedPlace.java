package org.claimgraph.ingest.extraction;

import java.util.List;
import org.claimgraph.domain.LocationKind;

/**
 * A place the article names, or a parent of one. {@code key} is stable across articles: the ISO
 * 3166 or OCHA code where the gazetteer has one, else a key built from kind, name and parent.
 */
public record ExtractedPlace(
        String key,
        String name,
        LocationKind kind,
        List<String> aliases,
        String code,
        Double latitude,
        Double longitude,
        String parentKey) {

    public ExtractedPlace {
        aliases = List.copyOf(aliases);
    }
}
