package org.claimgraph.ingest.extraction;

import java.util.List;

/**
 * Everything the pipeline found in one article: what the API stores. Every span is an offset into
 * the body that was given to the pipeline.
 */
public record Extraction(
        String title,
        CharSpan titleSpan,
        List<ExtractedActor> actors,
        List<ExtractedPlace> places,
        List<ExtractedMention> mentions,
        List<ExtractedClaim> claims,
        List<ExtractedQuantity> quantities,
        List<ExtractedDispute> disputes,
        List<String> warnings) {

    public Extraction {
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
        quantities = List.copyOf(quantities);
        disputes = List.copyOf(disputes);
        warnings = List.copyOf(warnings);
    }
}
