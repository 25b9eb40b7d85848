package org.claimgraph.api.service;

import org.claimgraph.domain.PropositionSide;

/** The side a claim takes on its proposition ({@code propositionId} null when it has none). */
public record SideTaken(long claimId, Long propositionId, PropositionSide side) {}
