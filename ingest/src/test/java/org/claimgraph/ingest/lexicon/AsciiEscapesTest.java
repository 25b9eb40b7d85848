package org.claimgraph.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AsciiEscapesTest {

    @Test
    void everyCharacterOutsidePrintableAsciiIsEscapedAndComesBack() {
        String name = "Ağrı Dağı\tSão Tomé \\ x";
        String escaped = AsciiEscapes.escape(name);
        assertEquals("A\\u011fr\\u0131 Da\\u011f\\u0131\tS\\u00e3o Tom\\u00e9 \\u005c x", escaped);
        assertEquals(name, AsciiEscapes.unescape(escaped));
        assertEquals("Goma", AsciiEscapes.escape("Goma"));
    }
}
