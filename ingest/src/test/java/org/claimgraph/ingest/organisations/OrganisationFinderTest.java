package org.claimgraph.ingest.organisations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Organisation;
import org.claimgraph.ingest.document.OrganisationMention;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.segment.DebrisFinder;
import org.claimgraph.ingest.segment.Segmenter;
import org.claimgraph.ingest.segment.Tokenizer;
import org.junit.jupiter.api.Test;

class OrganisationFinderTest {

    private static final Pipeline ORGANISATIONS =
            Pipeline.of(new DebrisFinder(), new Segmenter(), new Tokenizer(), new OrganisationFinder());

    private static Document annotate(String text) {
        return ORGANISATIONS.annotate("Headline\n\n" + text);
    }

    private static List<String> covered(Document doc) {
        return doc.get(Layers.ORGANISATION_MENTIONS).stream()
                .map(m -> doc.text(m.span()))
                .toList();
    }

    private static List<String> keys(Document doc) {
        return doc.get(Layers.ORGANISATION_MENTIONS).stream()
                .map(m -> m.organisation().key())
                .toList();
    }

    @Test
    void theAcronymIsMatchesOnlyInCapitals() {
        Document doc = annotate("The threat is real, and IS-linked fighters say IS\u2019s reach is growing.");
        assertEquals(List.of("IS", "IS"), covered(doc));
        assertEquals(List.of("islamic-state", "islamic-state"), keys(doc));
        OrganisationMention first = doc.get(Layers.ORGANISATION_MENTIONS).get(0);
        assertEquals(doc.text().indexOf("IS-linked"), first.span().start());
        assertEquals(doc.text().indexOf("IS-linked") + 2, first.span().end());
    }

    @Test
    void theBranchWinsOverTheLongerNamesPrefix() {
        Document doc = annotate("ISIS-K is a branch of ISIS, officials said.");
        assertEquals(List.of("ISIS-K", "ISIS"), covered(doc));
        assertEquals(
                "islamic-state",
                doc.get(Layers.ORGANISATION_MENTIONS).get(0).organisation().parentKey());
    }

    @Test
    void anUnlistedMinistryIsFoundByItsShape() {
        Document doc = annotate(
                "The Afghan Ministry of Refugees and Repatriation denied it. Pakistan\u2019s Interior Ministry agreed.");
        assertEquals(
                List.of("Afghan Ministry of Refugees and Repatriation", "Pakistan\u2019s Interior Ministry"),
                covered(doc));
        Organisation ministry = doc.get(Layers.ORGANISATION_MENTIONS).get(0).organisation();
        assertEquals("org:afghan ministry of refugees and repatriation", ministry.key());
        assertEquals(List.of("Ministry of Refugees and Repatriation"), ministry.aliases());
    }

    @Test
    void aHeadWordAloneOrInLowerCaseIsNoOrganisation() {
        Document doc = annotate("Police said the ministry of defence and the provincial council met.");
        assertEquals(List.of(), covered(doc));
    }

    @Test
    void aliasesAndPossessivesOfListedOrganisations() {
        Document doc = annotate("Daesh fighters clashed with the Taliban\u2019s units, Voice of America reported.");
        assertEquals(List.of("Daesh", "Taliban", "Voice of America"), covered(doc));
        assertEquals(List.of("islamic-state", "taliban", "voa"), keys(doc));
    }

    @Test
    void aPipelineWithoutTokensIsRefusedNamingTheStageAndTheLayer() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> Pipeline.of(new DebrisFinder(), new OrganisationFinder()));
        assertEquals(
                "stage OrganisationFinder requires " + Layers.TOKENS.name() + ", which no earlier stage produces",
                refused.getMessage());
    }

    @Test
    void aGroupInNoListIsFoundByTheWordsThatDescribeIt() {
        Document doc = annotate("Fighters of the Grey Wolf militia and a militant group called the Black Banner"
                + " clashed. Grey Wolf later withdrew, but the Malian militia and the Islamist militia stayed.");

        assertEquals(List.of("Grey Wolf militia", "Black Banner", "Grey Wolf"), covered(doc));
        assertEquals(List.of("org:grey wolf", "org:black banner", "org:grey wolf"), keys(doc));
        assertEquals(
                "Grey Wolf",
                doc.get(Layers.ORGANISATION_MENTIONS).get(0).organisation().name());
    }

    @Test
    void aListedNameBeforeAGroupNounStaysTheListedOrganisation() {
        Document doc = annotate("The Islamic State group said it carried out the attack.");
        assertEquals(List.of("islamic-state"), keys(doc));
    }

    @Test
    void longNamesRunOnThroughOnAndEndInNetworkOrForces() {
        Document doc = annotate("The Riverland Office on Water and Soil said the Free Hills Network and the"
                + " Democratic Forces for the Defence of Norburg had left.");
        assertEquals(
                List.of(
                        "Riverland Office on Water and Soil",
                        "Free Hills Network",
                        "Democratic Forces for the Defence of Norburg"),
                covered(doc));
    }

    @Test
    void aNameGivenWithKnownAsIsAnotherNameOfTheOrganisation() {
        Document doc = annotate("Aid came from the Riverland Office on Water and Soil. The agency, known as ROWS,"
                + " said more was needed. The Freedonian army, known by its French acronym FAF, denied it."
                + " A spokesman for the U.N. mission in Freedonia, known as UNMIF, said ROWS and FAF had met.");
        List<String> texts = covered(doc);
        List<String> keys = keys(doc);
        String office = keys.get(texts.indexOf("Riverland Office on Water and Soil"));
        assertEquals(office, keys.get(texts.indexOf("ROWS")), "the agency is the office named before");
        assertEquals(office, keys.get(texts.lastIndexOf("ROWS")), "and is found by its new name later");
        OrganisationMention mission = doc.get(Layers.ORGANISATION_MENTIONS).get(texts.indexOf("UNMIF"));
        assertEquals("UNMIF", mission.organisation().name());
        assertEquals(
                List.of("U.N. mission in Freedonia"), mission.organisation().aliases());
        assertEquals(
                "FAF",
                doc.get(Layers.ORGANISATION_MENTIONS)
                        .get(texts.lastIndexOf("FAF"))
                        .organisation()
                        .name());
    }
}
