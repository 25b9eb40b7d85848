package org.claimgraph.api.events;

import java.util.List;

/**
 * Fired (as a CDI event) once an ingest has stored a new article: the response cache drops what it
 * keeps, and the subscription hands the new claims to its subscribers.
 */
public record GraphChanged(long articleId, List<ClaimAdded> claims) {
}
