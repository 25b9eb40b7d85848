package org.claimgraph.ingest.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.document.PlaceCandidate;
import org.claimgraph.ingest.document.PlaceCandidate.ParentHint;
import org.claimgraph.ingest.document.PlaceCandidate.ParentRule;
import org.claimgraph.ingest.document.PlaceCandidates;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.junit.jupiter.api.Test;

/** The stage that settles place candidates, fed candidates written by hand (no place finder, no tagger). */
class PlaceMentionResolverTest {

    private static final String TEXT =
            "Headline\n\nFighters reached Varnia's Oskel province. Oskel was quiet. Shops at Tarim in the east shut.";

    private static CharSpan span(String words) {
        int start = TEXT.indexOf(words);
        return new CharSpan(start, start + words.length());
    }

    private static Document resolve(List<PlaceCandidate> candidates) {
        Document doc = new Document(TEXT);
        doc.put(Layers.PLACE_CANDIDATES, new PlaceCandidates(candidates, Optional.empty(), Map.of()));
        new PlaceMentionResolver().annotate(doc);
        return doc;
    }

    @Test
    void aPlaceFromContextLiesUnderThePlaceWrittenBeforeItAndARepeatIsTheSamePlace() {
        PlaceCandidate country =
                PlaceCandidate.context(span("Varnia"), 0, "Varnia", LocationKind.COUNTRY, ParentHint.NONE);
        PlaceCandidate province = PlaceCandidate.context(
                span("Oskel province"),
                0,
                "Oskel",
                LocationKind.PROVINCE,
                ParentHint.at(ParentRule.BEFORE, span("Varnia").end()));
        CharSpan repeat = new CharSpan(TEXT.indexOf("Oskel was"), TEXT.indexOf(" was quiet"));
        PlaceCandidate again = PlaceCandidate.context(
                repeat,
                1,
                "Oskel",
                LocationKind.PROVINCE,
                ParentHint.at(ParentRule.SAME_AS, province.span().start()));

        Document doc = resolve(List.of(country, province, again));

        List<PlaceMention> mentions = doc.get(Layers.PLACE_MENTIONS);
        assertEquals(
                List.of("Varnia", "Oskel province", "Oskel"),
                mentions.stream().map(m -> doc.text(m.span())).toList());
        ExtractedPlace oskel = mentions.get(1).place();
        assertEquals("Oskel", oskel.name());
        assertEquals(LocationKind.PROVINCE, oskel.kind());
        assertEquals(mentions.get(0).place().key(), oskel.parentKey());
        assertTrue(oskel.aliases().contains("Oskel province"), oskel.aliases()::toString);
        assertSame(oskel, mentions.get(2).place());
        Map<String, ExtractedPlace> places = doc.get(Layers.PLACES);
        assertEquals(2, places.size(), places::toString);
        assertEquals(oskel, places.get(oskel.key()));
    }

    @Test
    void aPlaceWhoseProvinceTheSentenceDoesNotNameIsNoPlace() {
        // "at Tarim in the east": the finder's guess needs a province or district after "in", and there is none
        PlaceCandidate tarim = PlaceCandidate.context(
                span("Tarim"),
                2,
                "Tarim",
                LocationKind.CITY,
                ParentHint.at(ParentRule.FOLLOWING_UNIT, span("Tarim in").end()));

        Document doc = resolve(List.of(tarim));

        assertEquals(List.of(), doc.get(Layers.PLACE_MENTIONS));
        assertEquals(Map.of(), doc.get(Layers.PLACES));
    }

    @Test
    void aPipelineWithoutThePlaceFinderIsRefusedNamingTheStageAndTheLayer() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> Pipeline.of(new PlaceMentionResolver()));
        assertEquals(
                "stage PlaceMentionResolver requires place candidates, which no earlier stage produces",
                refused.getMessage());
    }
}
