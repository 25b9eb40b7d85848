package org.claimgraph.ingest.mentions;

import org.claimgraph.ingest.document.CharSpan;

/** Words that name an organisation: "Islamic State", "IS", "Daesh". */
public record OrganisationMention(CharSpan span, Organisation organisation) {
}
