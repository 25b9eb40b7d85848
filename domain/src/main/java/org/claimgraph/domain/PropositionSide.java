package org.claimgraph.domain;

/** Which side of its proposition a claim takes. */
public enum PropositionSide {
    ASSERTS,
    DENIES,
    HEDGES
}
