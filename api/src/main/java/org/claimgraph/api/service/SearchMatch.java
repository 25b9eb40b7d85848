package org.claimgraph.api.service;

import org.claimgraph.domain.Actor;
import org.claimgraph.domain.Claim;
import org.claimgraph.domain.Location;

/** One ranked result of a search: exactly one of claim, actor and location is set. */
public record SearchMatch(double score, Claim claim, Aliased<Actor> actor, Aliased<Location> location) {}
