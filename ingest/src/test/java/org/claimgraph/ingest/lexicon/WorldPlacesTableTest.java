package org.claimgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.claimgraph.domain.LocationKind;
import org.junit.jupiter.api.Test;

/** Reading invented world tables in place: names to readings, prefixes, places by key. */
class WorldPlacesTableTest {

    private static final String NAMES = String.join(
            "\n",
            "Lower Vale\tgeonames:7",
            "Ma\\u0131ri\tgeonames:11",
            "Port Alba\tgeonames:3\tXA.01.02",
            "Port Alba North\tgeonames:5",
            "Portal\tgeonames:9",
            "Porto Alba\t~geonames:3",
            "Ruba\tXA-01",
            "");
    private static final String PLACES = String.join(
            "\n",
            "XA-01\tRuba\tPROVINCE\t\t\tXA\t\t\tRuba Province",
            "XA.01.02\tPort Alba\tDISTRICT\t\t\tXA-01\t\t\t",
            "geonames:11\tMa\\u0131ri\tCITY\t\t\tXA-01\t\t\tMa\\u0131ri Town",
            "geonames:3\tPort Alba\tCITY\t1.5\t2.5\tXA-01\tXA.01.02\t25000\tPorto Alba|Port-Alba",
            "geonames:5\tPort Alba North\tAREA\t\t\tXA-01\t\t\t",
            "geonames:7\tLower Vale\tCITY\t\t\tXA-01\t\t\t",
            "geonames:9\tPortal\tCITY\t\t\tXA-01\t\t\t",
            "");

    private final WorldPlaces world =
            new WorldPlaces(SortedLines.of(NAMES), SortedLines.of(PLACES), Set.of("Lower Vale"), Set.of("Portal"));

    @Test
    void aNameGivesItsReadingsInTheTablesOrder() {
        List<GazetteerEntry> readings = world.get("Port Alba");
        assertEquals(
                List.of("geonames:3", "XA.01.02"),
                readings.stream().map(e -> e.place().key()).toList());
        assertEquals(GazetteerEntry.CITY, readings.get(0).rank());
        assertEquals(GazetteerEntry.DISTRICT, readings.get(1).rank());
        assertTrue(readings.stream().allMatch(GazetteerEntry::world));
    }

    @Test
    void aTownsAlternateNameIsMarkedSo() {
        GazetteerEntry porto = world.get("Porto Alba").get(0);
        assertEquals("geonames:3", porto.place().key());
        assertEquals(GazetteerEntry.Source.WORLD_VARIANT, porto.source());
        assertEquals(
                GazetteerEntry.Source.WORLD_NAME, world.get("Port Alba").get(0).source());
    }

    @Test
    void aPlaceHasItsKindParentCoordinatesVariantsAndDistrict() {
        var port = world.place("geonames:3");
        assertEquals(LocationKind.CITY, port.kind());
        assertEquals("XA-01", port.parentKey());
        assertEquals(1.5, port.latitude());
        assertEquals(List.of("Porto Alba", "Port-Alba"), port.aliases());
        assertEquals("XA.01.02", world.admin2Of("geonames:3"));
        assertNull(world.admin2Of("geonames:5"));
        assertEquals(25_000, world.population("geonames:3"));
        assertEquals(0, world.population("geonames:5"));
        assertEquals(LocationKind.PROVINCE, world.place("XA-01").kind());
        assertNull(world.place("geonames:4"));
        assertNull(world.place("XA-0"));
    }

    @Test
    void aNameOutsideAsciiIsFoundAndReadBackAsWritten() {
        var place = world.get("Ma\u0131ri").get(0).place();
        assertEquals("Ma\u0131ri", place.name());
        assertEquals(List.of("Ma\u0131ri Town"), place.aliases());
    }

    @Test
    void prefixesAreWholeWordsOfSomeName() {
        assertTrue(world.hasPrefix("Port"));
        assertTrue(world.hasPrefix("Port Alba"));
        assertTrue(world.hasPrefix("Port Alba North"));
        assertFalse(world.hasPrefix("Por"));
        assertFalse(world.hasPrefix("Port Alba South"));
        assertFalse(world.hasPrefix("Zeta"));
        assertTrue(world.get("Port").isEmpty());
        assertTrue(world.get("Rub").isEmpty());
    }

    @Test
    void listedNotNamesAreNoPlacesAndAmbiguousOnesAreMarked() {
        assertTrue(world.get("Lower Vale").isEmpty());
        assertTrue(world.get("Portal").get(0).ambiguous());
        assertFalse(world.get("Ruba").get(0).ambiguous());
    }
}
