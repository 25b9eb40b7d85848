package org.claimgraph.ingest.lexicon;

import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;

/**
 * One way of naming a gazetteer place. {@code rank} orders the readings of a bare name shared by
 * several places, lowest first: a country before the national capital, a province before its capital
 * city, a city before the district of the same name, a demonym last. {@code source} says where the
 * name comes from: GeoNames' world files hold tens of thousands of towns, some named like common
 * words ("Mission") or people, so the finder reads such a name only where the article supports it,
 * and a town's alternate name (often another language's: "Boni" for Bonn) only in its own country.
 */
public record GazetteerEntry(ExtractedPlace place, PlaceMention.Form form, int rank, boolean ambiguous, Source source) {

    /** Where a name comes from. */
    public enum Source {
        /** The hand-made files. */
        HAND_MADE,
        /** A world place's own name, or any name of a division. */
        WORLD_NAME,
        /** Only an alternate name of a world town. */
        WORLD_VARIANT
    }

    public GazetteerEntry(ExtractedPlace place, PlaceMention.Form form, int rank, boolean ambiguous) {
        this(place, form, rank, ambiguous, Source.HAND_MADE);
    }

    /** Whether the name comes from the world files. */
    public boolean world() {
        return source != Source.HAND_MADE;
    }

    public static final int COUNTRY = 0;
    public static final int NATIONAL_CAPITAL = 1;
    public static final int PROVINCE = 2;
    public static final int CITY = 3;
    public static final int DISTRICT = 4;
    public static final int REGION = 5;
    public static final int RIVER = 6;
    public static final int DEMONYM = 7;
}
