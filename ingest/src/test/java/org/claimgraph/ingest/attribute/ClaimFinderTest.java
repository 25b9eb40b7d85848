package org.claimgraph.ingest.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.MentionFixture;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.people.PersonFinder;
import org.claimgraph.ingest.resolve.ActorResolver;
import org.claimgraph.ingest.stance.StanceFinder;
import org.junit.jupiter.api.Test;

class ClaimFinderTest {

    private static final String RED_HAND = "org:red hand";

    private static Document claims(MentionFixture fixture) {
        Document doc = fixture.build();
        new PersonFinder().annotate(doc);
        new ActorResolver().annotate(doc);
        new ClaimFinder().annotate(doc);
        new StanceFinder().annotate(doc);
        return doc;
    }

    private static Document claims(String body) {
        return claims(MentionFixture.of(body)
                .organisation("Red Hand", RED_HAND, "Red Hand", null)
                .organisation("Daily Star", "org:daily star", "Daily Star", null));
    }

    @Test
    void quoteBeforeItsAttributionLeavesOutTheTrailingComma() {
        String body =
                "Title\n\n\u201cThe bridge will hold for a week,\u201d police chief Omar Vale told the Daily Star on Friday.";
        Document doc = claims(body);
        ExtractedClaim claim = doc.get(Layers.CLAIMS).get(0);

        assertEquals("The bridge will hold for a week", doc.text(claim.span()));
        assertEquals(body.indexOf("The bridge"), claim.span().start());
        assertEquals(ClaimKind.DIRECT_QUOTE, claim.kind());
        assertEquals("person:omar vale", claim.speakerKey());
        assertEquals("org:daily star", claim.audienceKey());
        assertEquals("Friday", claim.when());
        assertEquals(Stance.ASSERTS, claim.stance());
    }

    @Test
    void anInstitutionSpeaksAsOneAndTheWritersContrastIsNotItsClaim() {
        String body =
                "Title\n\nRIVERTON, Freedonia \u2014 Troops held the bridge near the town on Sunday, the army said,"
                        + " while rebels claimed they had taken it. The army denied that the bridge had fallen.";
        Document doc = claims(MentionFixture.of(body).country("Freedonia", "FD", "Riverton", "Freedonian"));
        List<ExtractedClaim> claims = doc.get(Layers.CLAIMS);

        ExtractedClaim held = claims.stream()
                .filter(c -> doc.text(c.span()).startsWith("Troops held"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        claims.stream().map(c -> doc.text(c.span())).toList()));
        assertEquals("Troops held the bridge near the town on Sunday", doc.text(held.span()));
        assertEquals("group:army|FD", held.speakerKey());
        ExtractedClaim denial = claims.stream()
                .filter(c -> doc.text(c.span()).equals("the bridge had fallen"))
                .findFirst()
                .orElseThrow();
        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("group:army|FD", denial.speakerKey());
    }

    @Test
    void theCommitteeIsTheCommitteeNamedBefore() {
        String body = "Title\n\nThe Riverland Water Committee met on Monday. In a statement, the committee said the dam"
                + " would stay closed.";
        Document doc = claims(MentionFixture.of(body)
                .organisation(
                        "Riverland Water Committee",
                        "org:riverland water committee",
                        "Riverland Water Committee",
                        null));
        ExtractedClaim claim = doc.get(Layers.CLAIMS).get(0);
        assertEquals("the dam would stay closed", doc.text(claim.span()));
        assertEquals("org:riverland water committee", claim.speakerKey());
    }

    @Test
    void itSaidGoesOnWithTheOrganisationThatSpokeLast() {
        String body = "Title\n\nThe Red Hand said in a statement that the Daily Star had printed lies about the camp."
                + " Two more guards were wounded, it said.";
        Document doc = claims(body);
        List<ExtractedClaim> claims = doc.get(Layers.CLAIMS);
        ExtractedClaim wounded = claims.stream()
                .filter(c -> doc.text(c.span()).startsWith("Two more guards"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        claims.stream().map(c -> doc.text(c.span())).toList()));
        assertEquals(RED_HAND, wounded.speakerKey());
    }

    @Test
    void theGroupIsTheOrganisationJustNamedAndMilitantsWhoSpeakAreAGroup() {
        String body = "Title\n\nRed Hand fighters attacked the camp on Monday. The group said in a statement that it"
                + " had burned two trucks. The militants said they would return.";
        Document doc = claims(body);
        List<ExtractedClaim> claims = doc.get(Layers.CLAIMS);
        ExtractedClaim burned = claims.stream()
                .filter(c -> doc.text(c.span()).startsWith("it had burned"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        claims.stream().map(c -> doc.text(c.span())).toList()));
        assertEquals(RED_HAND, burned.speakerKey());
        ExtractedClaim back = claims.stream()
                .filter(c -> doc.text(c.span()).startsWith("they would return"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        claims.stream().map(c -> doc.text(c.span())).toList()));
        assertEquals("group:militants", back.speakerKey());
    }

    @Test
    void aClauseBeforeAnAttributionBetweenCommasIsTheClaimNotTheWritersTail() {
        String body =
                "Title\n\nGunmen burned the market on Tuesday, residents said, in the latest attack on the valley.";
        List<String> texts = texts(claims(body));
        assertEquals(List.of("Gunmen burned the market on Tuesday"), texts);
    }

    @Test
    void aClaimEndsWhereASecondSpeakerContradictsIt() {
        String body =
                "Title\n\nThe Red Hand said its men had taken the bridge, but a police spokesman told the Daily Star"
                        + " the bridge was still closed. The Red Hand has denied the killings, according to a statement.";
        List<String> texts = texts(claims(body));
        assertTrue(texts.contains("its men had taken the bridge"), texts::toString);
        assertTrue(texts.contains("the bridge was still closed"), texts::toString);
        assertEquals(
                1, texts.stream().filter(t -> t.contains("denied the killings")).count(), texts::toString);
        assertTrue(texts.stream().noneMatch(t -> t.contains("according")), texts::toString);
    }

    @Test
    void aGroupFollowedByAShortPhraseStillSpeaks() {
        String body = "Title\n\nAt least 20 people were killed near the bridge, officials in both towns said Friday.";
        Document doc = claims(body);
        ExtractedClaim claim = doc.get(Layers.CLAIMS).get(0);
        assertEquals("At least 20 people were killed near the bridge", doc.text(claim.span()));
        assertEquals("group:officials", claim.speakerKey());
    }

    @Test
    void aParticipleOfSayingAfterADenialIsTheDenyingSpeakers() {
        String body = "Title\n\nThe Red Hand said the Daily Star had lied. Freedonian officials denied that, saying the"
                + " newspaper had printed the truth.";
        Document doc = claims(MentionFixture.of(body)
                .organisation("Red Hand", RED_HAND, "Red Hand", null)
                .organisation("Daily Star", "org:daily star", "Daily Star", null)
                .country("Freedonia", "FD", null, "Freedonian"));
        ExtractedClaim truth = doc.get(Layers.CLAIMS).stream()
                .filter(c -> doc.text(c.span()).startsWith("the newspaper had printed"))
                .findFirst()
                .orElseThrow();
        assertEquals("group:freedonian officials", truth.speakerKey());
    }

    @Test
    void anUnnamedCommanderWithALongRelativeClauseSpeaksForHisGroupAndIsTheNextHe() {
        String body =
                "Title\n\n\u201cThe bridge is ours,\u201d police chief Omar Vale said.\n\nBut a Red Hand commander,"
                        + " who spoke on condition of anonymity because he was not allowed to talk to the press, told the Daily"
                        + " Star the group still held the bridge.\n\n\u201cThey are lying,\u201d he said.";
        Document doc = claims(body);
        Map<String, String> speakers = new java.util.HashMap<>();
        doc.get(Layers.CLAIMS).forEach(c -> speakers.put(doc.text(c.span()), c.speakerKey()));
        assertEquals(RED_HAND, speakers.get("the group still held the bridge"), speakers::toString);
        assertEquals(RED_HAND, speakers.get("They are lying"), speakers::toString);
    }

    @Test
    void aGovernmentThatRepeatedlyRejectsSpeaks() {
        String body = "Title\n\nThe Freedonian government has repeatedly rejected accusations that its police beat"
                + " protesters.";
        Document doc = claims(MentionFixture.of(body).country("Freedonia", "FD", null, "Freedonian"));
        ExtractedClaim claim = doc.get(Layers.CLAIMS).get(0);
        assertEquals("group:government|FD", claim.speakerKey());
    }

    private static List<String> texts(Document doc) {
        return doc.get(Layers.CLAIMS).stream().map(c -> doc.text(c.span())).toList();
    }

    @Test
    void saidBeforeATitledNameTakesThePersonAsSpeaker() {
        String body =
                "Title\n\n\u201cThe road is open,\u201d said Col. Omar Vale, a spokesman for the army, on Monday.";
        Document doc = claims(body);
        ExtractedClaim claim = doc.get(Layers.CLAIMS).get(0);

        assertEquals("The road is open", doc.text(claim.span()));
        assertEquals("person:omar vale", claim.speakerKey());
        assertEquals("Monday", claim.when());
    }

    @Test
    void quoteAfterItsAttributionAndItsContinuationBelongToTheSpeaker() {
        String body =
                "Title\n\nFarmer Lina Moss said: \u201cThe wells are dry.\u201d \u201cWe may leave before the winter.\u201d";
        Document doc = claims(body);
        List<ExtractedClaim> claims = doc.get(Layers.CLAIMS);

        assertEquals(
                List.of("The wells are dry.", "We may leave before the winter."),
                claims.stream().map(c -> doc.text(c.span())).toList());
        assertEquals(
                List.of("person:lina moss", "person:lina moss"),
                claims.stream().map(ExtractedClaim::speakerKey).toList());
        assertEquals(Stance.HEDGES, claims.get(1).stance());
    }

    @Test
    void pronounSpeakerIsTheLastPersonWhoSpoke() {
        String body = "Title\n\nJon Vik denied the report. \u201cNobody crossed the river at night,\u201d he said.";
        Document doc = claims(body);
        ExtractedClaim quote = doc.get(Layers.CLAIMS).get(1);

        assertEquals("Nobody crossed the river at night", doc.text(quote.span()));
        assertEquals("person:jon vik", quote.speakerKey());
    }

    @Test
    void reportedClauseAfterSaidThatAndASplitAtAndThat() {
        String body = "Title\n\nThe Red Hand said that its fighters had left the town and that the roads were open.";
        Document doc = claims(body);
        List<ExtractedClaim> claims = doc.get(Layers.CLAIMS);

        assertEquals(
                List.of("its fighters had left the town", "the roads were open"),
                claims.stream().map(c -> doc.text(c.span())).toList());
        assertEquals(RED_HAND, claims.get(0).speakerKey());
        assertEquals(ClaimKind.REPORTED, claims.get(1).kind());
    }

    @Test
    void claimBeforeItsSpeakerAndAccordingTo() {
        String body =
                "Title\n\nThe dam was repaired last month, Eva Lund said. According to the Red Hand, the dam leaks.";
        Document doc = claims(body);
        List<ExtractedClaim> claims = doc.get(Layers.CLAIMS);

        assertEquals(
                List.of("The dam was repaired last month", "the dam leaks"),
                claims.stream().map(c -> doc.text(c.span())).toList());
        assertEquals(
                List.of("person:eva lund", RED_HAND),
                claims.stream().map(ExtractedClaim::speakerKey).toList());
    }

    @Test
    void rejectingReportsSpansTheNounAndItsClauseAndDenies() {
        String body = "Title\n\nThe Red Hand rejected reports that its camp had been bombed.";
        Document doc = claims(body);
        ExtractedClaim claim = doc.get(Layers.CLAIMS).get(0);

        assertEquals("reports that its camp had been bombed", doc.text(claim.span()));
        assertEquals(Stance.DENIES, claim.stance());
    }

    @Test
    void titleOnlySpeakerIsTheNextPersonWithThatTitle() {
        String body = "Title\n\nA spokesman for the Red Hand said the talks had failed.\n\n"
                + "\u201cWe are ready,\u201d the spokesman, Ali Noor, told reporters.";
        Document doc = claims(body);

        assertEquals("person:ali noor", doc.get(Layers.CLAIMS).get(0).speakerKey());
        assertEquals(
                "the talks had failed", doc.text(doc.get(Layers.CLAIMS).get(0).span()));
    }

    @Test
    void manyQuoteMarksAndAVeryLongSentenceFinishQuickly() {
        String marks = "\u201c".repeat(50_000) + "\u201d".repeat(50_000) + "\"".repeat(100_000);
        String longSentence = "Vera Holm said that the river rose and that ".repeat(2_500) + "the end.";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (String body : List.of(marks, longSentence)) {
                Document doc = RoughDocument.of(body);
                new PersonFinder().annotate(doc);
                new ActorResolver().annotate(doc);
                new ClaimFinder().annotate(doc);
            }
        });
    }

    @Test
    void aNameInAppositionAfterATitleSpeaksForTheVerbAfterIt() {
        String body = "Title\n\nA Red Hand spokesman, Yusuf Idris al-Tahir, denied that the group had attacked the"
                + " convoy, calling the reports baseless.";
        Document doc = claims(body);
        ExtractedClaim claim = doc.get(Layers.CLAIMS).get(0);

        assertEquals("person:yusuf idris al tahir", claim.speakerKey());
        assertEquals(Stance.DENIES, claim.stance());
        assertEquals(true, doc.text(claim.span()).startsWith("the group had attacked the convoy"));
    }

    @Test
    void anUnnamedSpokesmanOfAnotherBodyIsNotThePersonWithThatTitleBefore() {
        String body = "Title\n\nThe Red Hand claimed the raid. Its spokesman, Ivo Brand, said the fighters acted"
                + " alone. Freedonian soldiers were not involved, a Freedonian police spokesman said.";
        Document doc = claims(MentionFixture.of(body)
                .organisation("Red Hand", RED_HAND, "Red Hand", null)
                .country("Freedonia", "FD", null, "Freedonian"));
        List<ExtractedClaim> claims = doc.get(Layers.CLAIMS);

        assertEquals("person:ivo brand", claims.get(claims.size() - 2).speakerKey());
        assertEquals("group:police|FD", claims.get(claims.size() - 1).speakerKey());
    }

    @Test
    void aVowAnAppealAndAChargeAreTheSpeakersAssertedClaims() {
        String body = "Title\n\nCommander Omar Vale vowed on Monday not to give up the bridge. The Red Hand urged"
                + " villagers to stay away from the road. The Red Hand accused the Daily Star and its editors of"
                + " printing lies about the camp.";
        Document doc = claims(body);
        Map<String, ExtractedClaim> claims = new java.util.HashMap<>();
        doc.get(Layers.CLAIMS).forEach(c -> claims.put(doc.text(c.span()), c));

        ExtractedClaim vow = claims.get("not to give up the bridge");
        assertEquals("person:omar vale", vow.speakerKey(), claims.keySet()::toString);
        assertEquals(Stance.ASSERTS, vow.stance(), "a vow not to do something is no denial");
        assertEquals(
                RED_HAND, claims.get("villagers to stay away from the road").speakerKey(), claims::toString);
        ExtractedClaim charge = claims.get("the Daily Star and its editors of printing lies about the camp");
        assertEquals(RED_HAND, charge.speakerKey(), claims.keySet()::toString);
        assertEquals(Stance.ASSERTS, charge.stance());
    }

    @Test
    void aPledgeOfAllegianceOrAMutualAccusationReportsNoOnesSpeech() {
        String body = "Title\n\nThe Red Hand pledged allegiance to the northern movement last year. The Red Hand and"
                + " the Daily Star accused each other of starting the fire at the camp.";
        assertEquals(List.of(), texts(claims(body)));
    }

    @Test
    void aDatelineWithOnlyItsAgencyIsNoPartOfTheClaim() {
        String body = "Title\n\nRIVERTON (Daily Star) \u2014 Gunmen burned the market on Tuesday, residents said.";
        assertEquals(List.of("Gunmen burned the market on Tuesday"), texts(claims(body)));
    }

    @Test
    void aSecondVerbOfSayingJoinedByAndReportsAClaimOfItsOwn() {
        String body = "Title\n\nRed Hand said its men still held the ridge, and accused the guards of burning the"
                + " granary. Police chief Omar Vale said the granary was empty and warned that the river would flood.";
        Document doc = claims(body);
        Map<String, String> speakerOf = new java.util.HashMap<>();
        doc.get(Layers.CLAIMS).forEach(c -> speakerOf.put(doc.text(c.span()), c.speakerKey()));

        assertEquals(RED_HAND, speakerOf.get("its men still held the ridge"), speakerOf.toString());
        assertTrue(
                speakerOf.entrySet().stream()
                        .anyMatch(e -> e.getKey().startsWith("the guards of burning") && RED_HAND.equals(e.getValue())),
                speakerOf.toString());
        assertEquals("person:omar vale", speakerOf.get("the granary was empty"), speakerOf.toString());
        assertEquals("person:omar vale", speakerOf.get("the river would flood"), speakerOf.toString());
    }

    @Test
    void aSpeakerKnownOnlyByRoleIsAPersonThatLaterReferencesFind() {
        String body =
                "Title\n\nA senior police official in Riverton, the county seat, who asked not to be named because"
                        + " he was not allowed to brief reporters, said the dam had been mined. The official said two"
                        + " bridges were closed. \u201cWe are ready,\u201d he said.";
        Document doc = claims(body);
        ExtractedActor official = doc.get(Layers.ACTORS).stream()
                .filter(a -> a.name().equals("senior police official in Riverton"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(doc.get(Layers.ACTORS)));
        assertEquals(ActorKind.PERSON, official.kind());
        assertTrue(
                official.aliases().contains("senior police official"),
                official.aliases().toString());
        List<ExtractedClaim> claims = doc.get(Layers.CLAIMS);
        assertEquals(
                3,
                claims.size(),
                claims.stream().map(c -> doc.text(c.span())).toList().toString());
        assertTrue(
                claims.stream().allMatch(c -> official.key().equals(c.speakerKey())),
                claims.stream().map(ExtractedClaim::speakerKey).toList().toString());
    }

    @Test
    void aSpokesmanForAnOrganisationIsNoPersonOfHisOwn() {
        String body = "Title\n\nA spokesman for Red Hand, who asked not to be named, said the camp was empty.";
        Document doc = claims(body);
        assertTrue(doc.get(Layers.ACTORS).stream().noneMatch(a -> a.kind() == ActorKind.PERSON));
    }

    @Test
    void aJointStatementHasOneGroupSpeakerAndTheLedesContrastIsNotTheirs() {
        String body = "Title\n\nThe dam burst overnight, residents and a health worker said Sunday, but Red Hand"
                + " insisted that the town was safe.\n\nTwo of them, Ana Sol and Ivo Brand, said in a joint interview"
                + " that the water rose fast. Asked about the governor\u2019s account, both men denied it.";
        Document doc = claims(body);
        Map<String, String> speakerOf = new java.util.HashMap<>();
        doc.get(Layers.CLAIMS).forEach(c -> speakerOf.put(doc.text(c.span()), c.speakerKey()));
        Map<String, ExtractedActor> actors = new java.util.HashMap<>();
        doc.get(Layers.ACTORS).forEach(a -> actors.put(a.key(), a));

        ExtractedActor lede = actors.get(speakerOf.get("The dam burst overnight"));
        assertEquals("residents and a health worker", lede == null ? speakerOf.toString() : lede.name());
        assertEquals(ActorKind.GROUP, lede.kind());
        assertEquals(RED_HAND, speakerOf.get("the town was safe"), speakerOf.toString());
        ExtractedActor pair = actors.get(speakerOf.get("the water rose fast"));
        assertEquals("Ana Sol and Ivo Brand", pair == null ? speakerOf.toString() : pair.name());
        assertTrue(
                actors.containsKey("person:ana sol") && actors.containsKey("person:ivo brand"),
                actors.keySet().toString());
        assertTrue(
                speakerOf.entrySet().stream()
                        .anyMatch(e -> e.getKey().contains("both men denied")
                                && pair.key().equals(e.getValue())),
                speakerOf.toString());
    }

    @Test
    void partiesRejectingSomethingTogetherAreNoJointGroup() {
        String body = "Title\n\nRed Hand and the Daily Star reject reports that the bridge fell.";
        Document doc = claims(body);
        assertTrue(
                doc.get(Layers.ACTORS).stream().noneMatch(a -> a.kind() == ActorKind.GROUP),
                doc.get(Layers.ACTORS).toString());
    }

    @Test
    void aBackgroundDenialOfAGerundSpansThePhraseAndADescriptiveAnaphorSpeaksForTheOrganisation() {
        String body = "Title\n\nRed Hand has long denied arming the militia. The Daily Star printed the list."
                + " The news body said the list was forged.";
        Document doc = claims(body);
        ExtractedClaim denial = doc.get(Layers.CLAIMS).stream()
                .filter(c -> doc.text(c.span()).equals("arming the militia"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(texts(doc)));
        assertEquals(RED_HAND, denial.speakerKey());
        assertEquals(Stance.DENIES, denial.stance());
        ExtractedClaim forged = doc.get(Layers.CLAIMS).stream()
                .filter(c -> doc.text(c.span()).equals("the list was forged"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(texts(doc)));
        assertEquals("org:daily star", forged.speakerKey());
    }
}
