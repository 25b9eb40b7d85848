package org.claimgraph.ingest.quantities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedQuantity;
import org.claimgraph.ingest.segment.DebrisFinder;
import org.claimgraph.ingest.segment.Segmenter;
import org.claimgraph.ingest.segment.Tokenizer;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

    private static final Pipeline SEGMENT = Pipeline.of(new DebrisFinder(), new Segmenter(), new Tokenizer());
    private static final QuantityFinder FINDER = new QuantityFinder();

    private static List<ExtractedQuantity> quantities(String body, List<ExtractedClaim> claims) {
        Document doc = SEGMENT.annotate(body);
        doc.put(Layers.ACTORS, List.of());
        doc.put(Layers.MENTIONS, List.of());
        doc.put(Layers.CLAIMS, claims);
        FINDER.annotate(doc);
        return doc.get(Layers.QUANTITIES);
    }

    private static List<ExtractedQuantity> quantities(String body) {
        return quantities(body, List.of());
    }

    @Test
    void readsAnApproximateFigureWithItsUnitAndExactSpan() {
        String body = "Title\n\nThe rebels have about 120 fighters in the valley.";
        ExtractedQuantity q = quantities(body).get(0);
        assertEquals(120, q.value());
        assertEquals("fighters", q.unit());
        assertTrue(q.approximate());
        assertEquals("about 120 fighters", q.span().coveredText(body));
    }

    @Test
    void readsNumberWordsAndDozensAndThousandsSeparators() {
        List<ExtractedQuantity> found = quantities(
                "Title\n\nFour guards and at least two dozen trucks were hit, and nearly 1,500 families left.");
        assertEquals(
                List.of(4.0, 24.0, 1500.0),
                found.stream().map(ExtractedQuantity::value).toList());
        assertEquals(
                List.of("guards", "trucks", "families"),
                found.stream().map(ExtractedQuantity::unit).toList());
        assertEquals(
                List.of(false, true, true),
                found.stream().map(ExtractedQuantity::approximate).toList());
    }

    @Test
    void skipsModifiersBetweenNumberAndUnit() {
        List<ExtractedQuantity> found = quantities("Title\n\nNine rebel fighters and two more soldiers died.");
        assertEquals(
                List.of("fighters", "soldiers"),
                found.stream().map(ExtractedQuantity::unit).toList());
    }

    @Test
    void aCapitalisedModifierIsSkippedWhateverItsTag() {
        List<ExtractedQuantity> found =
                quantities("Title\n\nGuards exchanged fire, leaving two Tajik servicemen wounded.");
        assertEquals(
                List.of("servicemen"),
                found.stream().map(ExtractedQuantity::unit).toList());
    }

    @Test
    void readsANumberWhoseHyphenTheTokenizerKeptWithIt() {
        List<ExtractedQuantity> found = quantities("Title\n\nThe roughly 970-kilometre border is long.");
        assertEquals(
                List.of("kilometre"),
                found.stream().map(ExtractedQuantity::unit).toList());
        assertEquals(970, found.get(0).value());
    }

    @Test
    void ignoresYearsTimeSpansAndPossessives() {
        assertTrue(quantities("Title\n\nThe town fell in 2015 and again two years ago.")
                .isEmpty());
        assertTrue(quantities("Title\n\nThe two countries\u2019 guards traded fire.")
                .isEmpty());
    }

    @Test
    void readsNumberAndUnitJoinedByAHyphen() {
        ExtractedQuantity q =
                quantities("Title\n\nThe roughly 900-kilometre road is closed.").get(0);
        assertEquals(900, q.value());
        assertEquals("kilometre", q.unit());
        assertTrue(q.approximate());
    }

    @Test
    void aPartCountsWhatItsWholeCounts() {
        List<ExtractedQuantity> found = quantities("Title\n\nRebels hold some 12 of the region\u2019s 80 villages.");
        assertEquals(
                List.of(12.0, 80.0),
                found.stream().map(ExtractedQuantity::value).toList());
        assertEquals(
                List.of("villages", "villages"),
                found.stream().map(ExtractedQuantity::unit).toList());
    }

    @Test
    void linksAFigureToTheClaimItWasStatedIn() {
        String body = "Title\n\n\u201cWe lost 7 soldiers,\u201d the officer said. Later 3 trucks arrived.";
        int start = body.indexOf("We lost");
        CharSpan quote = new CharSpan(start, body.indexOf(",\u201d"));
        ExtractedClaim claim = new ExtractedClaim(
                quote, quote, ClaimKind.DIRECT_QUOTE, Stance.ASSERTS, null, List.of(), List.of(), null, null, null);
        List<ExtractedQuantity> found = quantities(body, List.of(claim));
        assertEquals(0, found.get(0).claimIndex());
        assertEquals(null, found.get(1).claimIndex());
        assertFalse(found.get(1).approximate());
    }

    @Test
    void theNewsAgencyOfTheDatelineOwnsNoFigure() {
        String body = "Title\n\nRIVERTON (Riverwire) \u2014 Gunmen killed 12 villagers on Sunday.\n\n"
                + "NORBURG, Freedonia (Riverwire) \u2014 The Red Hand said 40 fighters had joined it.";
        Document doc = SEGMENT.annotate(body);
        doc.put(
                Layers.ACTORS,
                List.of(organisation("riverwire", "Riverwire"), organisation("org:red hand", "Red Hand")));
        doc.put(
                Layers.MENTIONS,
                List.of(
                        mention(body, "Riverwire", 0, "riverwire"),
                        mention(body, "Riverwire", body.indexOf("NORBURG"), "riverwire"),
                        mention(body, "Red Hand", 0, "org:red hand")));
        doc.put(Layers.CLAIMS, List.of());
        FINDER.annotate(doc);
        List<ExtractedQuantity> found = doc.get(Layers.QUANTITIES);

        assertEquals(null, found.get(0).subjectKey(), "12 villagers");
        assertEquals("org:red hand", found.get(1).subjectKey(), "40 fighters");
    }

    private static ExtractedActor organisation(String key, String name) {
        return new ExtractedActor(key, name, ActorKind.ORGANIZATION, List.of(), null, null);
    }

    private static ExtractedMention mention(String body, String words, int from, String key) {
        int start = body.indexOf(words, from);
        return ExtractedMention.ofActor(new CharSpan(start, start + words.length()), key);
    }

    @Test
    void moneyIsCountedInItsCurrency() {
        String body = "Title\n\nThe fund asked for about $12 million, and the city spent 3.4 billion shillings and "
                + "250,000 rupees on its appeal.";
        List<ExtractedQuantity> found = quantities(body);
        assertEquals(
                List.of(12e6, 3.4e9, 250_000.0),
                found.stream().map(ExtractedQuantity::value).toList());
        assertEquals(
                List.of("dollars", "shillings", "rupees"),
                found.stream().map(ExtractedQuantity::unit).toList());
        assertEquals("about $12 million", found.get(0).span().coveredText(body));
        assertTrue(found.get(0).approximate());
    }

    @Test
    void irregularUnitsAreGivenInThePlural() {
        List<ExtractedQuantity> found = quantities("Title\n\nOne fireman and two children were hurt.");
        assertEquals(
                List.of("firemen", "children"),
                found.stream().map(ExtractedQuantity::unit).toList());
    }

    @Test
    void aFigureWithoutItsNounCountsWhatTheFigureBeforeCounted() {
        List<ExtractedQuantity> found = quantities(
                "Title\n\nThe blast killed two guards and wounded five others. Three of them were flown out.");
        assertEquals(
                List.of(2.0, 5.0, 3.0),
                found.stream().map(ExtractedQuantity::value).toList());
        assertEquals(
                List.of("guards", "guards", "guards"),
                found.stream().map(ExtractedQuantity::unit).toList());
        assertTrue(quantities("Title\n\nFive others left.").isEmpty());
    }

    @Test
    void oneOfSeveralIsNotAFigureOfItsOwn() {
        List<ExtractedQuantity> found = quantities("Title\n\nThe truck hit one of nine tankers near the depot.");
        assertEquals(List.of(9.0), found.stream().map(ExtractedQuantity::value).toList());
        assertEquals("tankers", found.get(0).unit());
    }

    @Test
    void aDirectionAfterTheUnitIsNotTheUnit() {
        List<ExtractedQuantity> found = quantities("Title\n\nThe camp lies 40 miles west of the river.");
        assertEquals("miles", found.get(0).unit());
    }
}
