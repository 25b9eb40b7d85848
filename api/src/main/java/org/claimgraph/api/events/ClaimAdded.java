package org.claimgraph.api.events;

import java.util.Set;
import org.claimgraph.domain.Claim;

/** A stored claim with the ids a subscription filter may ask about. */
public record ClaimAdded(Claim claim, Set<Long> aboutIds, Set<Long> locationIds, String searchText) {
}
