package org.claimgraph.api.intake;

import java.util.List;
import org.claimgraph.api.events.ClaimAdded;
import org.claimgraph.domain.Article;

/**
 * The stored article, whether this ingest created it, what the extraction warned about, and the
 * claims it stored (for subscribers, told once the transaction has committed).
 */
public record IngestOutcome(Article article, boolean created, List<String> warnings, List<ClaimAdded> claims) {}
