package org.claimgraph.ingest.resolve;

import java.util.HashMap;
import java.util.Map;
import org.claimgraph.ingest.lexicon.Csv;

/**
 * The capital of each country (ISO 3166 alpha-2 key) from the gazetteer's {@code countries.csv}:
 * a capital can stand for its state ("Paris has sent"). Loaded once per process.
 */
final class Capitals {

    private static final Map<String, String> BY_COUNTRY = load();

    private Capitals() {}

    static boolean isCapitalOf(String name, String countryKey) {
        return name != null && name.equals(BY_COUNTRY.get(countryKey));
    }

    private static Map<String, String> load() {
        Map<String, String> capitals = new HashMap<>();
        for (Map<String, String> country : Csv.read("/gazetteer/countries.csv", ',')) {
            capitals.put(country.get("iso2"), country.get("capital"));
        }
        return Map.copyOf(capitals);
    }
}
