package org.claimgraph.ingest.places;

import static org.claimgraph.ingest.places.PlacesFixture.annotate;
import static org.claimgraph.ingest.places.PlacesFixture.covered;
import static org.claimgraph.ingest.places.PlacesFixture.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {

    @Test
    void districtAfterAPossessiveProvinceBringsItsWholeParentChain() {
        Document doc = annotate("Fighters gathered in Kunduz\u2019s Imam Saheb district last week.");
        assertEquals(List.of("Kunduz", "Imam Saheb district"), covered(doc));
        PlaceMention district = mention(doc, "Imam Saheb district");
        int start = doc.text().indexOf("Imam");
        assertEquals(start, district.span().start());
        assertEquals(start + "Imam Saheb district".length(), district.span().end());
        assertEquals("AF1702", district.place().key());
        assertEquals("Imam Sahib", district.place().name());
        assertTrue(district.place().aliases().contains("Imam Saheb district"));
        Map<String, ExtractedPlace> places = doc.get(Layers.PLACES);
        assertEquals("AF17", places.get("AF1702").parentKey());
        assertEquals("AF", places.get("AF17").parentKey());
        assertEquals(LocationKind.COUNTRY, places.get("AF").kind());
    }

    @Test
    void twoNamesBeforeAPluralKindWordAreTwoPlacesInTheCountryOfTheArticle() {
        Document doc = annotate("Mali said rebels hold villages in the Kayes and Timbuktu regions of the north.");
        assertEquals(List.of("Mali", "Kayes", "Timbuktu regions"), covered(doc));
        // Kayes is a first-level region of Mali in the world gazetteer; the world knows Timbuktu only as a town,
        // and the text says it is a region: a region of the article's country, found from context
        assertEquals(LocationKind.PROVINCE, mention(doc, "Kayes").place().kind());
        assertEquals("ML", mention(doc, "Kayes").place().parentKey());
        assertEquals("Timbuktu", mention(doc, "Timbuktu regions").place().name());
        assertEquals(
                LocationKind.REGION, mention(doc, "Timbuktu regions").place().kind());
        assertEquals("ML", mention(doc, "Timbuktu regions").place().parentKey());
    }

    @Test
    void provinceWithItsKindWordAndCityWithItsKindWord() {
        Document doc = annotate("Takhar province is quiet. Officials in Kunduz city said so.");
        assertEquals("AF16", mention(doc, "Takhar province").place().key());
        PlaceMention city = mention(doc, "Kunduz city");
        assertEquals(LocationKind.CITY, city.place().kind());
        assertEquals("city:kunduz|AF", city.place().key());
        assertEquals("AF17", city.place().parentKey());
    }

    @Test
    void demonymsNameTheirCountry() {
        Document doc = annotate("Pakistani troops and Afghans met Russian officials.");
        assertEquals(List.of("Pakistani", "Afghans", "Russian"), covered(doc));
        assertEquals(PlaceMention.Form.DEMONYM, mention(doc, "Afghans").form());
        assertEquals("AF", mention(doc, "Afghans").place().key());
        assertEquals("RU", mention(doc, "Russian").place().key());
    }

    @Test
    void newsFormsOfCountryNamesMatch() {
        Document doc = annotate("Kabul and the U.S. disagree, Britain said.");
        assertEquals("US", mention(doc, "U.S.").place().key());
        assertEquals("GB", mention(doc, "Britain").place().key());
        assertEquals("city:kabul|AF", mention(doc, "Kabul").place().key());
    }

    @Test
    void anAreaFoundFromContextTakesTheDistrictMentionedBefore() {
        Document doc =
                annotate("They massed in the Imam Saheb district. Fighters control the Qorgan area near the border.");
        PlaceMention area = mention(doc, "Qorgan area");
        assertEquals(LocationKind.AREA, area.place().kind());
        assertEquals("Qorgan", area.place().name());
        assertEquals("AF1702", area.place().parentKey());
    }

    @Test
    void aPakistaniDistrictAndProvinceGetTheirParentsFromTheirContext() {
        Document doc = annotate(
                "Qarobad, a town in the Zhalkot district of Pakistan\u2019s Sindh Pakhtun province, was shelled.");
        PlaceMention province = mention(doc, "Sindh Pakhtun province");
        assertEquals("province:sindh pakhtun|PK", province.place().key());
        assertEquals("PK", province.place().parentKey());
        PlaceMention district = mention(doc, "Zhalkot district");
        assertEquals(
                "district:zhalkot|province:sindh pakhtun|PK", district.place().key());
        PlaceMention town = mention(doc, "Qarobad");
        assertEquals(LocationKind.CITY, town.place().kind());
        assertEquals(district.place().key(), town.place().parentKey());
    }

    @Test
    void aDistrictSpelledAnotherWayIsFoundInTheCountryWhenNoProvinceIsNamed() {
        Document doc =
                annotate("Clashes spread on Saturday to nearby Yamgaan district, officials in Afghanistan said.");
        ExtractedPlace district = mention(doc, "Yamgaan district").place();
        assertEquals("AF1520", district.key());
        assertEquals("AF15", district.parentKey());
    }

    @Test
    void riversWithTheirKindWord() {
        Document doc = annotate("Militants crossed the Amu River at night.");
        PlaceMention river = mention(doc, "Amu River");
        assertEquals(LocationKind.RIVER, river.place().kind());
        assertEquals("river:amu darya", river.place().key());
    }

    @Test
    void anUpperCaseDatelineIsACityOfTheCountryAfterIt() {
        Document doc = annotate("ANGOOR ADDA, Afghanistan \u2014 Trucks waited. Angoor Adda stayed shut.");
        PlaceMention dateline = mention(doc, "ANGOOR ADDA");
        assertEquals(LocationKind.CITY, dateline.place().kind());
        assertEquals("AF", dateline.place().parentKey());
        assertEquals(dateline.place(), mention(doc, "Angoor Adda").place());
    }

    @Test
    void connectiveVariantsMeetTheGazetteerSpelling() {
        Document doc = annotate("Fighting reached Dasht-i-Archi and Qala e Zal.");
        assertEquals("AF1707", mention(doc, "Dasht-i-Archi").place().key());
        assertEquals("Dasht-e-Archi", mention(doc, "Dasht-i-Archi").place().name());
        assertEquals("AF1703", mention(doc, "Qala e Zal").place().key());
    }

    @Test
    void lowerCaseWordsAndNamesOfOrganisationsAreNoPlaces() {
        Document doc = annotate("A china cup and a turkey were sold in Georgia Smith's shop, Islamic State said.");
        assertEquals(List.of(), covered(doc));
    }

    @Test
    void aNameInsideALongerUnknownNameIsNoPlace() {
        Document doc = annotate("He banked at New Kabul Bank.");
        assertTrue(covered(doc).isEmpty(), () -> covered(doc).toString());
    }

    @Test
    void aCountryJoinedToANameByAlIsNoPlace() {
        Document doc = annotate("Abu Walid al-Mali and Omar al-Somali left Mali for Somalia.");
        assertEquals(List.of("Mali", "Somalia"), covered(doc));
    }

    @Test
    void aWireDatelineWithItsAgencyIsACityOfTheCountryAfterIt() {
        Document doc = annotate("MOPTANA, Mali, March 3 (Reuters) - Gunmen attacked a market.");
        PlaceMention city = mention(doc, "MOPTANA");
        assertEquals("Moptana", city.place().name());
        assertEquals("ML", city.place().parentKey());
    }

    @Test
    void theTownIsTheLatestTownNamedBeforeAndTheArticlesCountryComesFromItsDateline() {
        Document doc = annotate("MOPTANA, Mali (AP) \u2014 Rebels seized the town of Kessa on"
                + " Sunday. Kenyan and Kenyan officials spoke. Residents said the town was quiet.");
        PlaceMention kessa = mention(doc, "town of Kessa");
        assertEquals("ML", kessa.place().parentKey());
        PlaceMention town = mention(doc, "town");
        assertEquals(kessa.place().key(), town.place().key());
        assertEquals(PlaceMention.Form.REFERENCE, town.form());
    }

    @Test
    void aTownWithNoneNamedBeforeIsNoPlace() {
        Document doc = annotate("Rebels seized the town on Sunday.");
        assertEquals(List.of(), covered(doc));
    }

    @Test
    void unlistedPlacesLieInTheDatelinesCountryHoweverOftenAnotherCountryIsNamed() {
        Document doc = annotate("BISHKEK, Kyrgyzstan (AP) \u2014 Workers back from Russia reached"
                + " the village of Tash-Korgon on Monday. Russia and Moscow have tightened the rules, and Russian"
                + " police raided their hostels in Moscow. Officials in Karasuu district said more would come.");
        assertEquals("KG", mention(doc, "village of Tash-Korgon").place().parentKey());
        assertEquals("KG", mention(doc, "Karasuu district").place().parentKey());
    }
}
