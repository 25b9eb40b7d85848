package org.claimgraph.ingest.extraction;

/**
 * A figure such as "about 120 fighters", in its sentence. {@code claimIndex} points into {@link Extraction#claims()}
 * when the figure was stated inside a claim, else it is null.
 */
public record ExtractedQuantity(
        CharSpan span,
        CharSpan sentence,
        double value,
        boolean approximate,
        String unit,
        String subjectKey,
        String placeKey,
        Integer claimIndex) {}
