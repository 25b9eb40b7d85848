package org.claimgraph.domain;

public enum ClaimKind {
    DIRECT_QUOTE,
    REPORTED
}
