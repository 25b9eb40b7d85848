package org.claimgraph.ingest.lexicon;

import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;

/**
 * One way of naming a gazetteer place. {@code rank} orders the readings of a bare name shared by
 * several places, lowest first: a country before the national capital, a province before its capital
 * city, a city before the district of the same name, a demonym last.
 */
public record GazetteerEntry(ExtractedPlace place, PlaceMention.Form form, int rank, boolean ambiguous) {

    public static final int COUNTRY = 0;
    public static final int NATIONAL_CAPITAL = 1;
    public static final int PROVINCE = 2;
    public static final int CITY = 3;
    public static final int DISTRICT = 4;
    public static final int REGION = 5;
    public static final int RIVER = 6;
    public static final int DEMONYM = 7;
}
