package org.claimgraph.ingest.document;

import org.claimgraph.ingest.extraction.CharSpan;

/**
 * A token of the body with its Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ...)
 * and the index of the sentence it belongs to.
 */
public record Token(CharSpan span, String text, String tag, int sentence) {

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
