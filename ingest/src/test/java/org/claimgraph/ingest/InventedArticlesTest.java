package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.extraction.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Whole articles invented in wire style for regions the development set does not cover (the Sahel,
 * Central Asia, the Horn of Africa, Myanmar), each read as a user would: is the claim there, with
 * the right speaker and stance; is the place where it should be.
 */
class InventedArticlesTest {

    private static final Extractor EXTRACTOR = new Extractor();
    /** The news agencies wire datelines credit, by their keys in the organisation lexicon. */
    private static final Set<String> AGENCIES = Set.of("ap", "reuters", "afp");

    private record Read(String body, Extraction extraction) {

        ExtractedClaim claim(String startsWith) {
            return extraction.claims().stream()
                    .filter(c -> c.span().coveredText(body).startsWith(startsWith))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no claim '" + startsWith + "' in "
                            + extraction.claims().stream()
                                    .map(c -> c.span().coveredText(body))
                                    .collect(Collectors.toList())));
        }

        ExtractedActor actor(String key) {
            return extraction.actors().stream()
                    .filter(a -> a.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no actor " + key + " in "
                            + extraction.actors().stream()
                                    .map(ExtractedActor::key)
                                    .toList()));
        }

        ExtractedPlace place(String key) {
            return extraction.places().stream()
                    .filter(p -> p.key().equals(key))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no place " + key + " in "
                            + extraction.places().stream()
                                    .map(ExtractedPlace::key)
                                    .toList()));
        }
    }

    private static Read read(String name) throws IOException {
        try (InputStream in = InventedArticlesTest.class.getResourceAsStream("/invented/" + name + ".txt")) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Read(body, EXTRACTOR.extract(body));
        }
    }

    @Test
    void aSahelAmbushKeepsTheArmysAndTheJihadistsDenialsApart() throws IOException {
        Read article = read("sahel-convoy-ambush");

        ExtractedClaim denial = article.claim("the group had killed any passengers");
        assertEquals("person:abou hamza al mali", denial.speakerKey());
        assertEquals(Stance.DENIES, denial.stance());
        assertEquals("jnim", article.actor("person:abou hamza al mali").affiliationKey());
        ExtractedClaim army = article.claim("soldiers had repelled the attack");
        assertEquals("person:souleymane dembele", army.speakerKey());
        assertEquals(
                "person:souleymane dembele",
                article.claim("civilians had been targeted").speakerKey());
        assertEquals(Stance.DENIES, article.claim("civilians had been targeted").stance());
        assertTrue(
                article.claim("At least 30 civilians were killed").span().start()
                        > article.body().indexOf(" - "),
                "the dateline with its date and agency is no part of the claim");
        assertEquals("ML", article.place("city:boni|ML").parentKey());
        assertTrue(
                article.claim("Malian soldiers patrolled the town").placeKeys().contains("city:boni|ML"),
                "'the town' is the town named before");
    }

    @Test
    void aCentralAsianBorderClashHasEachSidesSpokespeople() throws IOException {
        Read article = read("tajik-border-clash");

        ExtractedClaim denial = article.claim("no Tajik troops had crossed the border");
        assertEquals("person:rustam nazarov", denial.speakerKey());
        assertEquals(Stance.DENIES, denial.stance());
        ExtractedClaim quote = article.claim("The Tajik side deliberately provoked");
        assertEquals("person:kamila osmonova", quote.speakerKey());
        assertEquals(ClaimKind.DIRECT_QUOTE, quote.kind());
        assertEquals("TJ", article.actor("org:armed forces|TJ").affiliationKey());
    }

    @Test
    void aSomaliMinisterWhoseSurnameIsAlsoAPlaceStillSpeaks() throws IOException {
        Read article = read("somalia-base-attack");

        ExtractedClaim denial = article.claim("the base had fallen");
        assertEquals("person:abdirahman yusuf farah", denial.speakerKey());
        assertEquals(Stance.DENIES, denial.stance());
        assertEquals(
                "person:abdirahman yusuf farah",
                article.claim("Our forces repelled the terrorists").speakerKey());
        assertTrue(
                article.extraction().places().stream().noneMatch(p -> p.name().equals("Farah")),
                "a name is no Afghan province");
        assertEquals(LocationKind.CITY, article.place("city:adan yabaal|SO").kind());
    }

    @Test
    void rebelAndJuntaSpokesmenWithRanksKeepTheirTitles() throws IOException {
        Read article = read("myanmar-town-claim");

        assertEquals("spokesman for the group", article.actor("person:sai lwin").title());
        assertEquals(
                "spokesman for the military government",
                article.actor("person:zaw htun").title());
        assertEquals(
                "person:sai lwin",
                article.claim("Our troops now control the whole town").speakerKey());
        assertEquals(
                "person:zaw htun",
                article.claim("The town is still under the control").speakerKey());
        assertEquals(
                Stance.ASSERTS,
                article.claim("its fighters had taken control of the town").stance());
    }

    @Test
    void aRegionalArmedGroupsClaimOfATownAndTheArmysDenialFormADispute() throws IOException {
        Read article = read("sudan-town-claim");

        assertEquals("rsf", article.claim("its fighters had taken the town").speakerKey());
        assertEquals(Stance.DENIES, article.claim("the RSF controls Bara").stance());
        assertEquals(
                "person:nabil abdallah", article.claim("the RSF controls Bara").speakerKey());
        assertEquals(1, article.extraction().disputes().size(), "RSF CONTROLS Bara, asserted and denied");
        assertEquals("rsf", article.extraction().disputes().get(0).subjectKey());
    }

    @Test
    void theAgencyThatFiledAStoryIsNoFiguresSubject() throws IOException {
        for (String name : new String[] {
            "sahel-convoy-ambush", "somalia-base-attack", "sudan-town-claim", "tajik-border-clash", "myanmar-town-claim"
        }) {
            Read article = read(name);
            assertTrue(
                    article.extraction().quantities().stream()
                            .noneMatch(q -> q.subjectKey() != null && AGENCIES.contains(q.subjectKey())),
                    () -> name + ": " + article.extraction().quantities());
        }
    }
}
