package org.claimgraph.domain;

public enum Stance {
    ASSERTS,
    DENIES,
    HEDGES
}
