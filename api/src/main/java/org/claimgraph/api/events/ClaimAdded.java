package org.claimgraph.api.events;

import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.Claim;
import org.claimgraph.domain.Location;

/** A stored claim with the ids a subscription filter may ask about. */
public record ClaimAdded(Claim claim, Set<Long> aboutIds, Set<Long> locationIds, String searchText) {

    /** Reads the claim's actors and places: call it while they can still be loaded. */
    public static ClaimAdded of(Claim claim) {
        return new ClaimAdded(
                claim,
                claim.getAbout().stream().map(Actor::getId).collect(Collectors.toSet()),
                claim.getLocations().stream().map(Location::getId).collect(Collectors.toSet()),
                claim.getSearchText());
    }
}
