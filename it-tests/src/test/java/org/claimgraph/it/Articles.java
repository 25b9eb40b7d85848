package org.claimgraph.it;

import java.util.LinkedHashMap;
import java.util.Map;

/** Invented articles for tests that ingest: small, distinct, and about nobody real. */
final class Articles {

    private Articles() {}

    static String body(String tag) {
        return "Officials Report Calm in Test Region " + tag + "\n\n"
                + "\u201cThe market reopened this morning,\u201d said Gen. Karim Testwala, a spokesman for the "
                + "regional police, on Monday.\n\n"
                + "Residents of the area said run " + tag + " had been quiet for a week.\n";
    }

    static Map<String, Object> input(String body) {
        return input(body, null);
    }

    /** The ingest input of {@code body} with this link to the original (none when null). */
    static Map<String, Object> input(String body, String url) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("body", body);
        input.put("source", "claimgraph tests");
        if (url != null) {
            input.put("url", url);
        }
        return Map.of("input", input);
    }
}
