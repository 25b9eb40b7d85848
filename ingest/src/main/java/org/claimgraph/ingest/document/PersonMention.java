package org.claimgraph.ingest.document;

import org.claimgraph.ingest.extraction.CharSpan;

/**
 * A person's name as written ("Jane Doe", "Doe"), with the title written next to it, if any
 * ("army chief Gen."). {@code titleSpan} is null when there is no title.
 */
public record PersonMention(CharSpan name, CharSpan titleSpan, String title) {}
