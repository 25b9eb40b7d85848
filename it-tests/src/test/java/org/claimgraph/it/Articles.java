package org.claimgraph.it;

import java.util.LinkedHashMap;
import java.util.Map;

/** Invented articles for tests that ingest: small, distinct, and about nobody real. */
final class Articles {

    private Articles() {
    }

    static String body(String tag) {
        return "Officials Report Calm in Test Region " + tag + "\n\n"
                + "\u201cThe market reopened this morning,\u201d said Gen. Karim Testwala, a spokesman for the "
                + "regional police, on Monday.\n\n"
                + "Residents of the area said run " + tag + " had been quiet for a week.\n";
    }

    static Map<String, Object> input(String body) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("body", body);
        input.put("source", "claimgraph tests");
        return Map.of("input", input);
    }
}
