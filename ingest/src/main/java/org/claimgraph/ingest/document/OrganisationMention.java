package org.claimgraph.ingest.document;

import org.claimgraph.ingest.extraction.CharSpan;

/** Words that name an organisation: "Islamic State", "IS", "Daesh". */
public record OrganisationMention(CharSpan span, Organisation organisation) {}
