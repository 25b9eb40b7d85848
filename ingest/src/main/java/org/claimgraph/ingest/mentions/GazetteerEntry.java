package org.claimgraph.ingest.mentions;

import org.claimgraph.ingest.extraction.ExtractedPlace;

/**
 * One way of naming a gazetteer place. {@code rank} orders the readings of a bare name shared by
 * several places, lowest first: a country before the national capital, a province before its capital
 * city, a city before the district of the same name, a demonym last.
 */
record GazetteerEntry(ExtractedPlace place, PlaceMention.Form form, int rank, boolean ambiguous) {

    static final int COUNTRY = 0;
    static final int NATIONAL_CAPITAL = 1;
    static final int PROVINCE = 2;
    static final int CITY = 3;
    static final int DISTRICT = 4;
    static final int REGION = 5;
    static final int RIVER = 6;
    static final int DEMONYM = 7;
}
