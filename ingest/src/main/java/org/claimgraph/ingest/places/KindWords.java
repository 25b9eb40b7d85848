package org.claimgraph.ingest.places;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.LocationKind;

/** Nouns that say what kind of place a name is: "Kunduz province", "the town of", "the Amu River". */
final class KindWords {

    private static final Map<String, LocationKind> KINDS = Map.ofEntries(
            Map.entry("province", LocationKind.PROVINCE),
            Map.entry("district", LocationKind.DISTRICT),
            Map.entry("city", LocationKind.CITY),
            Map.entry("town", LocationKind.CITY),
            Map.entry("capital", LocationKind.CITY),
            Map.entry("village", LocationKind.AREA),
            Map.entry("area", LocationKind.AREA),
            Map.entry("valley", LocationKind.AREA),
            Map.entry("region", LocationKind.REGION),
            Map.entry("river", LocationKind.RIVER),
            Map.entry("state", LocationKind.PROVINCE),
            Map.entry("territory", LocationKind.DISTRICT),
            Map.entry("zone", LocationKind.DISTRICT));
    /** Kind words that can follow a name; "capital" cannot ("Kabul capital" is not said). */
    private static final Set<String> AFTER_NAME = Set.of(
            "province",
            "district",
            "city",
            "town",
            "village",
            "area",
            "valley",
            "region",
            "river",
            "state",
            "territory",
            "zone");

    private KindWords() {}

    /** The kind a word names, or null; "Province" as well as "province". */
    static LocationKind of(String word) {
        return KINDS.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a kind word in the plural can follow names ("the Kayes and Mopti regions"). */
    static boolean followsNamesInThePlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        String singular = lower.endsWith("ies")
                ? lower.substring(0, lower.length() - 3) + "y"
                : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : null;
        return singular != null && Character.isLowerCase(word.charAt(0)) && AFTER_NAME.contains(singular);
    }

    static boolean followsName(String word) {
        return AFTER_NAME.contains(word.toLowerCase(Locale.ROOT))
                && (Character.isLowerCase(word.charAt(0))
                        || word.length() > 1 && Character.isLowerCase(word.charAt(1)));
    }
}
