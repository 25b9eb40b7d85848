package org.claimgraph.api.graphql.schema;

import org.eclipse.microprofile.graphql.NonNull;

/** One ranked result of a search: exactly one of claim, actor and location is set. */
public record SearchHit(@NonNull double score, Claim claim, Actor actor, Location location) {}
