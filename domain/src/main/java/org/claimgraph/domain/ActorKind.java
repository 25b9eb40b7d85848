package org.claimgraph.domain;

public enum ActorKind {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    GROUP
}
