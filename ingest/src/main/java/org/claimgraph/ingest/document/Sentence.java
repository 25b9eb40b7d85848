package org.claimgraph.ingest.document;

import org.claimgraph.ingest.extraction.CharSpan;

/** A sentence of the body: its position among all sentences, its span, and its paragraph's index. */
public record Sentence(int index, CharSpan span, int paragraph) {}
