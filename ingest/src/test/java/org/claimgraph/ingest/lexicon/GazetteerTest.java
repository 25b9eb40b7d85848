package org.claimgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    @Test
    void theGazetteerIsLoadedOncePerProcessAndSharedByEveryStage() {
        assertSame(Gazetteer.instance(), Gazetteer.instance());
    }

    @Test
    void aKeyOfNoPlaceFindsNothing() {
        assertNull(Gazetteer.instance().place("nowhere"));
    }

    @Test
    void theReadingsOfASharedNameComeCountryFirstAndDemonymLast() {
        GazetteerEntry demonym =
                entry("country:FD", LocationKind.COUNTRY, PlaceMention.Form.DEMONYM, GazetteerEntry.DEMONYM);
        GazetteerEntry district =
                entry("district:FD0101", LocationKind.DISTRICT, PlaceMention.Form.NAME, GazetteerEntry.DISTRICT);
        GazetteerEntry country =
                entry("country:FD", LocationKind.COUNTRY, PlaceMention.Form.NAME, GazetteerEntry.COUNTRY);
        GazetteerEntry city =
                entry("city:freedonia|FD", LocationKind.CITY, PlaceMention.Form.NAME, GazetteerEntry.CITY);

        assertEquals(
                List.of(country, city, district, demonym), Gazetteer.ranked(List.of(demonym, district, country, city)));
    }

    private static GazetteerEntry entry(String key, LocationKind kind, PlaceMention.Form form, int rank) {
        ExtractedPlace place = new ExtractedPlace(key, "Freedonia", kind, List.of(), null, null, null, null);
        return new GazetteerEntry(place, form, rank, false);
    }
}
