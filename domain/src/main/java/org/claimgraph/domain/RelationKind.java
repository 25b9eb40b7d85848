package org.claimgraph.domain;

public enum RelationKind {
    FIGHTS,
    SUPPORTS,
    CONTROLS,
    MEETS,
    SEEKS,
    ATTACKS,
    OTHER
}
