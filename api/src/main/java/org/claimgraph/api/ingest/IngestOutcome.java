package org.claimgraph.api.ingest;

import java.util.List;
import org.claimgraph.domain.Article;

/** The stored article, whether this ingest created it, and what the extraction warned about. */
public record IngestOutcome(Article article, boolean created, List<String> warnings) {
}
