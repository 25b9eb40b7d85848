package org.claimgraph.api.events;

import java.util.List;

/**
 * Fired (as a CDI event) once an article is stored: by this instance's ingest ({@code here}), or, on
 * PostgreSQL, by another instance or a bulk ingest, as told by the database. The response cache drops what
 * it keeps, and the subscription hands the new claims to its subscribers.
 */
public record GraphChanged(long articleId, List<ClaimAdded> claims, boolean here) {}
