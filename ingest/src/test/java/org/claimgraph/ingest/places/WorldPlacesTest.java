package org.claimgraph.ingest.places;

import static org.claimgraph.ingest.places.PlacesFixture.annotate;
import static org.claimgraph.ingest.places.PlacesFixture.covered;
import static org.claimgraph.ingest.places.PlacesFixture.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.junit.jupiter.api.Test;

/** Places outside Afghanistan from GeoNames' world files, on invented sentences. */
class WorldPlacesTest {

    private static ExtractedPlace place(Document doc, String covered) {
        return mention(doc, covered).place();
    }

    @Test
    void aTownIsUnderItsProvinceAndTheProvinceUnderItsCountry() {
        Document doc = annotate("Traders in Pakistan said the road from Quetta to Sibi was closed on Monday.");
        ExtractedPlace sibi = place(doc, "Sibi");
        assertEquals(LocationKind.CITY, sibi.kind());
        assertTrue(sibi.key().startsWith("geonames:"), sibi.key());
        Map<String, ExtractedPlace> places = doc.get(Layers.PLACES);
        ExtractedPlace province = places.get(sibi.parentKey());
        assertEquals("PK-BA", province.key());
        assertEquals(LocationKind.PROVINCE, province.kind());
        assertEquals("PK", province.parentKey());
    }

    @Test
    void aTownIsUnderItsDistrictWhenTheArticleNamesTheDistrict() {
        Document doc = annotate("Fighting spread across Congo's Masisi territory. Families fled to Sake overnight.");
        ExtractedPlace masisi = place(doc, "Masisi territory");
        assertEquals(LocationKind.DISTRICT, masisi.kind());
        assertEquals("CD-NK", masisi.parentKey());
        assertEquals(masisi.key(), place(doc, "Sake").parentKey());
    }

    @Test
    void spellingVariantsOfTheDataNameTheSamePlace() {
        Document one = annotate("Aid trucks reached Nushki in Pakistan on Tuesday.");
        Document two = annotate("Shops in Noshki district of Balochistan stayed shut.");
        Document three = annotate("Shops in Al Fashir, in Sudan, stayed shut.");
        assertEquals("Nushki", place(one, "Nushki").name());
        assertEquals("El Fasher", place(three, "Al Fashir").name());
        assertTrue(place(three, "Al Fashir").key().startsWith("geonames:"));
        assertFalse(covered(two).isEmpty());
    }

    @Test
    void aLowerCaseArticleBeforeANameIsPartOfThePlaceTheListsSpellWithACapital() {
        Document town = annotate("Fighters in Yemen withdrew from al-Mukalla on Friday, officials said.");
        ExtractedPlace mukalla = place(town, "al-Mukalla");
        assertEquals(LocationKind.CITY, mukalla.kind());
        assertEquals("YE", countryOf(town, mukalla));
        Document person = annotate("Ahmed al-Mali, an adviser, said in Yemen that talks would resume.");
        assertEquals(List.of("Yemen"), covered(person), "a surname with the article is no place");
    }

    @Test
    void aSharedNameIsReadInTheCountryTheArticleNames() {
        Document india = annotate("Farmers in India marched from Ludhiana toward Hyderabad on Sunday.");
        Document pakistan = annotate("Police in Pakistan said protesters gathered in Hyderabad on Sunday.");
        ExtractedPlace indian = place(india, "Hyderabad");
        ExtractedPlace pakistani = place(pakistan, "Hyderabad");
        assertFalse(indian.key().equals(pakistani.key()));
        assertEquals(
                "PK", pakistan.get(Layers.PLACES).get(pakistani.parentKey()).parentKey());
    }

    @Test
    void aTownNamedLikeACommonWordNeedsTheArticleOrACue() {
        Document kenya = annotate("Officials in Kenya said the Mission would report in May. Buffalo roam the park.");
        assertEquals(List.of("Kenya"), covered(kenya));
        Document texas = annotate("The storm hit homes in Mission on Friday.");
        assertEquals(List.of("Mission"), covered(texas));
    }

    @Test
    void aDatelineOfTheCapitalPutsTheCountryItNamesRight() {
        Document doc = annotate("KINSHASA, Congo (AP) \u2014 Rebels entered Goma in Congo's"
                + " North Kivu province on Monday, officials said.");
        ExtractedPlace goma = place(doc, "Goma");
        assertEquals("CD-NK", goma.parentKey());
        assertEquals("CD", place(doc, "KINSHASA").parentKey());
        assertEquals("CD", place(doc, "Congo").key());
    }

    @Test
    void aDatelineAbroadDoesNotCarryItsCountryIntoTheStory() {
        Document doc = annotate("NAIROBI, Kenya (AP) \u2014 Ethiopia's army said fighting in"
                + " Ethiopia had stopped. Residents of the town of Wereta in Ethiopia fled.");
        ExtractedPlace town = place(doc, "town of Wereta");
        assertEquals("ET", doc.get(Layers.PLACES).get(town.parentKey()) == null ? null : countryOf(doc, town));
    }

    private static String countryOf(Document doc, ExtractedPlace place) {
        Map<String, ExtractedPlace> places = doc.get(Layers.PLACES);
        ExtractedPlace p = place;
        while (p != null && p.kind() != LocationKind.COUNTRY) {
            p = places.get(p.parentKey());
        }
        return p == null ? null : p.key();
    }
}
