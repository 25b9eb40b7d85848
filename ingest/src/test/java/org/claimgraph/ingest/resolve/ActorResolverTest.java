package org.claimgraph.ingest.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.MentionFixture;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.lexicon.Keys;
import org.claimgraph.ingest.people.PersonFinder;
import org.junit.jupiter.api.Test;

class ActorResolverTest {

    private static Map<String, ExtractedActor> resolve(Document doc) {
        new PersonFinder().annotate(doc);
        new ActorResolver().annotate(doc);
        return doc.get(Layers.ACTORS).stream().collect(Collectors.toMap(ExtractedActor::key, Function.identity()));
    }

    @Test
    void surnameJoinsTheFullNameWithoutItsRank() {
        Document doc = MentionFixture.of(
                        "Title\n\nFreedonian Army chief Gen. Anna Lind spoke. Lind said the war was over.")
                .country("Freedonia", "FD", "Norburg", "Freedonian")
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        ExtractedActor lind = actors.get("person:anna lind");
        assertEquals("Anna Lind", lind.name());
        assertEquals(ActorKind.PERSON, lind.kind());
        assertEquals("Freedonian Army chief", lind.title());
        assertEquals(Keys.armedForces("FD"), lind.affiliationKey(), "the chief of Freedonia's army");
        assertTrue(lind.aliases().contains("Lind"));
        assertEquals(ActorKind.COUNTRY, actors.get("FD").kind());
        int surname = doc.text().lastIndexOf("Lind");
        assertTrue(doc.get(Layers.MENTIONS).stream()
                .anyMatch(m -> m.span().start() == surname && "person:anna lind".equals(m.actorKey())));
    }

    @Test
    void aCountrysForcesTroopsAndGuardsAreOneOrganisation() {
        Document doc = MentionFixture.of("Title\n\nFreedonian forces crossed the river. Later Freedonian troops and"
                        + " Freedonian border guards held the bridge.")
                .country("Freedonia", "FD", null, "Freedonian")
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        ExtractedActor forces = actors.get(Keys.armedForces("FD"));
        assertEquals(ActorKind.ORGANIZATION, forces.kind());
        assertEquals("Freedonian forces", forces.name());
        assertTrue(forces.aliases().containsAll(List.of("Freedonian troops", "Freedonian border guards")));
        assertEquals("FD", forces.affiliationKey());
    }

    @Test
    void organisationInTheTitleIsTheAffiliation() {
        Document doc = MentionFixture.of("Title\n\nRed Hand commander Piet Soll said the camp was empty.")
                .organisation("Red Hand", "org:red hand", "Red Hand", null)
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        assertEquals("org:red hand", actors.get("person:piet soll").affiliationKey());
        assertEquals(ActorKind.ORGANIZATION, actors.get("org:red hand").kind());
    }

    @Test
    void demonymWithAGroupNounIsAnAffiliatedGroup() {
        Document doc = MentionFixture.of("Title\n\nFreedonian military officials say the border is calm.")
                .country("Freedonia", "FD", "Norburg", "Freedonian")
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        ExtractedActor group = actors.get("group:freedonian military officials");
        assertEquals(ActorKind.GROUP, group.kind());
        assertEquals("Freedonian military officials", group.name());
        assertEquals("FD", group.affiliationKey());
        assertTrue(actors.get("FD").aliases().contains("Freedonian"));
    }

    @Test
    void capitalActingAsTheStateIsTheCountry() {
        // Capitals come from the gazetteer, so this fixture uses a real one.
        Document doc = MentionFixture.of("Title\n\nParis has sent weapons to the rebels. Trade in France grew.")
                .country("France", "FR", "Paris", null)
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        assertEquals(ActorKind.COUNTRY, actors.get("FR").kind());
        assertTrue(actors.get("FR").aliases().contains("Paris"));
        List<ExtractedMention> mentions = doc.get(Layers.MENTIONS);
        assertEquals(2, mentions.stream().filter(m -> m.placeKey() != null).count());
        assertEquals(
                List.of("Paris"),
                mentions.stream()
                        .filter(m -> "FR".equals(m.actorKey()))
                        .map(m -> doc.text(m.span()))
                        .toList());
    }

    @Test
    void aCountryNamedOnlyAsAPlaceIsNoActor() {
        Document doc = MentionFixture.of("Title\n\nThe rebels trained in Freedonia for a year.")
                .country("Freedonia", "FD", null, null)
                .build();
        assertFalse(resolve(doc).containsKey("FD"));
    }

    @Test
    void aPossessiveBeforeATitleRefersBackToTheOrganisationNamedBefore() {
        Document doc = MentionFixture.of("Title\n\nThe Red Hand denied it. Its spokesman, Piet Soll, said the camp was"
                        + " empty. The Blue Guard disagreed. The group\u2019s spokesman for the south, Omar Vale, said the road was"
                        + " open.")
                .organisation("Red Hand", "org:red hand", "Red Hand", null)
                .organisation("Blue Guard", "org:blue guard", "Blue Guard", null)
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        assertEquals("org:red hand", actors.get("person:piet soll").affiliationKey());
        assertEquals("org:blue guard", actors.get("person:omar vale").affiliationKey());
    }

    @Test
    void theSpokeswomanIsTheOneForTheOrganisationNamedWithThatTitleBefore() {
        Document doc = MentionFixture.of("Title\n\nA spokeswoman for the Riverland Water Committee told reporters the"
                        + " dam was safe. \u201cWe will open it,\u201d said the spokeswoman, Lina Moss.")
                .organisation(
                        "Riverland Water Committee", "org:riverland water committee", "Riverland Water Committee", null)
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        assertEquals(
                "org:riverland water committee", actors.get("person:lina moss").affiliationKey());
    }

    @Test
    void aCountryBeginningAnOrganisationsNameIsItsAffiliation() {
        Document doc = MentionFixture.of("Title\n\nThe Freedonian Ministry of Water said the dam was safe. The"
                        + " Freedonia-Sylvania Chamber of Trade said it was not.")
                .country("Freedonia", "FD", null, "Freedonian")
                .country("Sylvania", "SV", null, null)
                .organisation(
                        "Freedonian Ministry of Water",
                        "org:freedonian ministry of water",
                        "Freedonian Ministry of Water",
                        null)
                .organisation(
                        "Freedonia-Sylvania Chamber of Trade",
                        "org:freedonia sylvania chamber of trade",
                        "Freedonia-Sylvania Chamber of Trade",
                        null)
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        assertEquals("FD", actors.get("org:freedonian ministry of water").affiliationKey());
        assertEquals(null, actors.get("org:freedonia sylvania chamber of trade").affiliationKey());
    }

    @Test
    void aCountrysSoldiersAndSecurityForcesAreItsArmedForcesAndItsPoliceOneOrganisation() {
        Document doc = MentionFixture.of(
                        "Title\n\nFreedonian soldiers and Freedonian security forces held the"
                                + " bridge. Freedonian police said they arrested six men. The police said later that two escaped.")
                .country("Freedonia", "FD", null, "Freedonian")
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        ExtractedActor forces = actors.get(Keys.armedForces("FD"));
        assertEquals("Freedonian soldiers", forces.name());
        assertTrue(forces.aliases().contains("Freedonian security forces"), forces.aliases()::toString);
        ExtractedActor police = actors.get("group:police|FD");
        assertEquals(ActorKind.ORGANIZATION, police.kind());
        assertEquals("Freedonian police", police.name());
        assertEquals(
                2,
                doc.get(Layers.MENTIONS).stream()
                        .filter(m -> police.key().equals(m.actorKey()))
                        .count());
    }

    @Test
    void aCountrysCommitteeOrAgencyThatSpeaksIsOneOfItsOrganisations() {
        Document doc = MentionFixture.of("Title\n\nThe Freedonian security committee said the crossing would stay"
                        + " closed. The election commission said the vote would go ahead.")
                .country("Freedonia", "FD", null, "Freedonian")
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        ExtractedActor committee = actors.get("group:freedonian security committee|FD");
        assertEquals(ActorKind.ORGANIZATION, committee.kind());
        assertEquals("FD", committee.affiliationKey());
        ExtractedActor commission = actors.get("group:election commission|FD");
        assertEquals(ActorKind.ORGANIZATION, commission.kind(), "the article's country's commission");
    }

    @Test
    void anInstitutionNamedInATitleIsTheAffiliationAndAnActorOfTheArticlesCountry() {
        Document doc = MentionFixture.of("Title\n\nNORBURG, Freedonia \u2014 Police chief Piet Soll said the road was"
                        + " shut. Sylvanian army spokesman Ivo Brand said the bridge held. Lena Hart, a spokeswoman for the"
                        + " military government, said talks would start.")
                .country("Freedonia", "FD", "Norburg", "Freedonian")
                .country("Sylvania", "SV", null, "Sylvanian")
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        assertEquals("group:police|FD", actors.get("person:piet soll").affiliationKey());
        ExtractedActor police = actors.get("group:police|FD");
        assertEquals(ActorKind.ORGANIZATION, police.kind());
        assertEquals("FD", police.affiliationKey());
        assertEquals(Keys.armedForces("SV"), actors.get("person:ivo brand").affiliationKey());
        assertEquals(
                "group:military government|FD", actors.get("person:lena hart").affiliationKey());
    }

    @Test
    void theCommitteeInATitleIsTheCommitteeNamedBefore() {
        Document doc = MentionFixture.of("Title\n\nThe Riverland Water Committee closed the dam. Lina Moss, a"
                        + " spokeswoman for the committee, said it would reopen in May.")
                .organisation(
                        "Riverland Water Committee", "org:riverland water committee", "Riverland Water Committee", null)
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        assertEquals(
                "org:riverland water committee", actors.get("person:lina moss").affiliationKey());
    }

    @Test
    void aPossessiveInstitutionIsNamedWithoutItsEnding() {
        Document doc = MentionFixture.of(
                        "Title\n\nNORBURG, Freedonia \u2014 The ministry\u2019s spokesman, Piet Soll,"
                                + " said the road was shut. The guerrillas\u2019 military spokesman, Ivo Brand, said it was open.")
                .country("Freedonia", "FD", "Norburg", "Freedonian")
                .build();
        Map<String, ExtractedActor> actors = resolve(doc);

        ExtractedActor ministry = actors.get(actors.get("person:piet soll").affiliationKey());
        assertEquals("ministry", ministry.name());
        ExtractedActor military = actors.get(actors.get("person:ivo brand").affiliationKey());
        assertEquals("military", military.name(), "the guerrillas own the institution; they do not name it");
        assertTrue(actors.values().stream().noneMatch(a -> a.name().contains("\u2019")));
    }
}
