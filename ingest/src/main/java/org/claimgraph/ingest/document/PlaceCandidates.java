package org.claimgraph.ingest.document;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places one document names, found but not yet settled: what the place finder hands to the stage that
 * settles each one's reading and parent. Immutable: the list and the map are copied.
 *
 * @param inBodyOrder every candidate, ordered by span
 * @param dateline the candidate of the dateline ("BISHKEK, Kyrgyzstan —"), the same object as its entry in
 *     {@code inBodyOrder}; empty when the article has none
 * @param datelineCountries countries a dateline put right ("KINSHASA, Congo" is the DR Congo): the gazetteer
 *     key of the country written to the key of the country meant
 */
public record PlaceCandidates(
        List<PlaceCandidate> inBodyOrder, Optional<PlaceCandidate> dateline, Map<String, String> datelineCountries) {

    public PlaceCandidates {
        inBodyOrder = List.copyOf(inBodyOrder);
        datelineCountries = Collections.unmodifiableMap(new LinkedHashMap<>(datelineCountries));
    }
}
