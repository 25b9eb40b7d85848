package org.claimgraph.ingest.document;

import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;

/**
 * Words that name a place ("Kunduz province", "Tajikistan") or use its demonym ("Russian").
 * {@code span} covers the whole phrase matched, including a kind word such as "province".
 */
public record PlaceMention(CharSpan span, ExtractedPlace place, Form form) {

    public enum Form {
        /** The place's name or one of its alternate names. */
        NAME,
        /** A country's demonym: "Afghan", "Russian". */
        DEMONYM,
        /** A definite kind word that refers back to a place named before: "the town", "the district". */
        REFERENCE
    }
}
