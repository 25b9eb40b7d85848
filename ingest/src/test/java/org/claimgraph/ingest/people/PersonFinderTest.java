package org.claimgraph.ingest.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.MentionFixture;
import org.claimgraph.ingest.document.PersonMention;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.segment.DebrisFinder;
import org.claimgraph.ingest.segment.Segmenter;
import org.claimgraph.ingest.segment.Tokenizer;
import org.junit.jupiter.api.Test;

class PersonFinderTest {

    private static List<PersonMention> persons(Document doc) {
        new PersonFinder().annotate(doc);
        return doc.get(Layers.PERSON_MENTIONS);
    }

    @Test
    void titlePhraseBeforeTheNameIsItsTitle() {
        Document doc = MentionFixture.of("Title\n\nRiverland Governor Tomas Veyra spoke on Monday. Veyra said more.")
                .province("Riverland", "XX01", "Riverland", "XX")
                .build();
        List<PersonMention> found = persons(doc);

        assertEquals(2, found.size());
        PersonMention full = found.get(0);
        assertEquals("Tomas Veyra", doc.text(full.name()));
        assertEquals("Riverland Governor", doc.text(full.titleSpan()));
        assertEquals("Riverland Governor", full.title());
        assertEquals("Veyra", doc.text(found.get(1).name()));
        assertNull(found.get(1).titleSpan());
    }

    @Test
    void rankBeforeTheNameIsTitleAndHonorificIsName() {
        Document doc = MentionFixture.of("Title\n\nFleet chief Adm. Nora Pell met Mullah Karim Dost in the hills.")
                .build();
        List<PersonMention> found = persons(doc);

        assertEquals(
                List.of("Nora Pell", "Mullah Karim Dost"),
                found.stream().map(m -> doc.text(m.name())).toList());
        assertEquals("Fleet chief Adm.", found.get(0).title());
    }

    @Test
    void appositionsAfterAndBeforeTheNameGiveTheTitle() {
        Document doc = MentionFixture.of("Title\n\nLena Hart, a regional elder in the valley, said the road was shut. "
                        + "The rebels' spokesman, Ivo Brand, disagreed.")
                .build();
        List<PersonMention> found = persons(doc);

        assertEquals("Lena Hart", doc.text(found.get(0).name()));
        assertEquals("regional elder in the valley", found.get(0).title());
        assertEquals("Ivo Brand", doc.text(found.get(1).name()));
        assertEquals("rebels' spokesman", found.get(1).title());
    }

    @Test
    void anAppositionBeforeARankIsTheTitle() {
        Document doc = MentionFixture.of("Title\n\nA navy spokesman, Capt. Nora Pell, said the port was shut.")
                .build();
        List<PersonMention> found = persons(doc);

        assertEquals("Nora Pell", doc.text(found.get(0).name()));
        assertEquals("navy spokesman", found.get(0).title());
    }

    @Test
    void untitledNamesAreFoundNextToVerbsOfSaying() {
        Document doc = MentionFixture.of(
                        "Title\n\nThe bridge is closed, said Oren Kaas. According to Mila Ruiz, it will reopen.")
                .build();
        assertEquals(
                List.of("Oren Kaas", "Mila Ruiz"),
                persons(doc).stream().map(m -> doc.text(m.name())).toList());
    }

    @Test
    void placesOrganisationsAndCalendarWordsAreNeverNames() {
        Document doc = MentionFixture.of("Title\n\nFreedonia said on Tuesday that the Red Hand said nothing. "
                        + "Officials said Kestrel Bay was calm in March.")
                .country("Freedonia", "FD", null, null)
                .organisation("Red Hand", "org:red hand", "Red Hand", null)
                .province("Kestrel Bay", "FD02", "Kestrel Bay", "FD")
                .build();
        assertEquals(List.of(), persons(doc));
    }

    @Test
    void aPipelineWithoutPlacesIsRefusedNamingTheStageAndTheMissingLayers() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> Pipeline.of(new DebrisFinder(), new Segmenter(), new Tokenizer(), new PersonFinder()));
        String message = refused.getMessage();
        // the missing layers come in no fixed order
        assertTrue(message.startsWith("stage PersonFinder requires "), message);
        assertTrue(message.contains(Layers.PLACE_MENTIONS.name()), message);
        assertTrue(message.contains(Layers.ORGANISATION_MENTIONS.name()), message);
        assertFalse(message.contains(Layers.TOKENS.name()), message);
    }

    @Test
    void particlesBelongToTheNameAndItsSurname() {
        Document doc = MentionFixture.of("Title\n\nThe spokesman, Umar Saleh al-Sudani, said the road was open. "
                        + "Al-Sudani said more. Envoy Pieter van der Berg agreed, Karim bin Talal said.")
                .build();
        List<String> names = persons(doc).stream().map(m -> doc.text(m.name())).toList();

        assertEquals(List.of("Umar Saleh al-Sudani", "Al-Sudani", "Pieter van der Berg", "Karim bin Talal"), names);
    }
}
