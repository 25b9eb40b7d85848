package org.claimgraph.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextSpanTest {

    @Test
    void coversTheCharactersBetweenStartAndEndExclusive() {
        assertEquals("Kunduz", new TextSpan(4, 10).textOf("The Kunduz river"));
    }

    @Test
    void refusesABackwardOrNegativeSpanNamingTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TextSpan(5, 3));
        assertEquals("invalid span: start=5, end=3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 3));
    }
}
