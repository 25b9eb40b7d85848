package org.claimgraph.domain;

public enum LocationKind {
    COUNTRY,
    PROVINCE,
    DISTRICT,
    CITY,
    AREA,
    RIVER,
    REGION
}
