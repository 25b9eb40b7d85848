package org.claimgraph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.extraction.Extraction;
import org.claimgraph.ingest.segment.LanguageCheck;

/** Gathers the layers of an annotated document into the {@link Extraction} the API stores. */
final class ExtractionAssembler {

    static final String NOT_ENGLISH = "the text does not look like English; extraction may be poor";

    private final LanguageCheck languageCheck = new LanguageCheck();

    Extraction assemble(Document document) {
        Optional<CharSpan> titleSpan = document.get(Layers.TITLE);
        String title = titleSpan.map(document::text).orElse(null);
        // sorted, so that the same text always gives the same extraction
        List<ExtractedPlace> places = document.has(Layers.PLACES)
                ? document.get(Layers.PLACES).values().stream()
                        .sorted(Comparator.comparing(ExtractedPlace::key))
                        .toList()
                : List.of();
        List<ExtractedClaim> claims = withRelations(orEmpty(document, Layers.CLAIMS), document);
        return new Extraction(
                title,
                titleSpan.orElse(null),
                orEmpty(document, Layers.ACTORS),
                places,
                orEmpty(document, Layers.MENTIONS),
                claims,
                orEmpty(document, Layers.QUANTITIES),
                orEmpty(document, Layers.DISPUTES),
                warnings(document, claims));
    }

    private static List<ExtractedClaim> withRelations(List<ExtractedClaim> claims, Document document) {
        if (!document.has(Layers.CLAIM_RELATIONS)) {
            return claims;
        }
        Map<Integer, ExtractedRelation> relations = document.get(Layers.CLAIM_RELATIONS);
        List<ExtractedClaim> result = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim c = claims.get(i);
            ExtractedRelation relation = relations.getOrDefault(i, c.relation());
            result.add(new ExtractedClaim(
                    c.span(),
                    c.sentence(),
                    c.kind(),
                    c.stance(),
                    c.speakerKey(),
                    c.aboutKeys(),
                    c.placeKeys(),
                    c.audienceKey(),
                    c.when(),
                    relation));
        }
        return result;
    }

    private static <T> List<T> orEmpty(Document document, Layer<List<T>> layer) {
        return document.has(layer) ? document.get(layer) : List.of();
    }

    private List<String> warnings(Document document, List<ExtractedClaim> claims) {
        List<String> warnings = new ArrayList<>();
        if (document.get(Layers.SENTENCES).isEmpty()) {
            warnings.add("no sentences found");
        }
        if (document.has(Layers.TOKENS) && !languageCheck.looksEnglish(document.get(Layers.TOKENS))) {
            warnings.add(NOT_ENGLISH);
        }
        if (claims.isEmpty()) {
            warnings.add("no claims found");
        }
        long unattributed = claims.stream().filter(c -> c.speakerKey() == null).count();
        if (unattributed > 0) {
            warnings.add(unattributed + (unattributed == 1 ? " claim" : " claims") + " without a speaker");
        }
        return warnings;
    }
}
