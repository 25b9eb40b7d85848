package org.claimgraph.it.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Articles for a heavy-tailed graph: one spokesman quoted again and again, as a government or an army is in
 * real news, so that one actor collects tens of thousands of claims while the others have a few each. Each
 * article holds {@link #QUOTES_PER_ARTICLE} quotes, all by the same speaker, with numbers and places varied
 * so that no two articles are the same.
 */
final class HeavyTail {

    static final String SPEAKER = "Gen. Karim Baktash";
    static final int QUOTES_PER_ARTICLE = 25;

    private static final String[] DISTRICTS = {
        "Imam Saheb",
        "Darqad",
        "Baharak",
        "Dawlatabad",
        "Momand Dara",
        "Nad Ali",
        "Arghandab",
        "Shindand",
        "Qaysar",
        "Nahrin"
    };
    private static final String[] DEEDS = {
        "cleared %d villages near %s overnight",
        "arrested %d suspects in %s on Tuesday",
        "found %d roadside bombs outside %s",
        "reopened %d schools in %s this week",
        "repaired %d bridges around %s after the floods"
    };

    private HeavyTail() {}

    /** Enough articles to give the spokesman at least {@code claims} claims. */
    static List<String> articles(int claims) {
        int articles = (claims + QUOTES_PER_ARTICLE - 1) / QUOTES_PER_ARTICLE;
        List<String> texts = new ArrayList<>(articles);
        for (int a = 0; a < articles; a++) {
            texts.add(article(a));
        }
        return texts;
    }

    private static String article(int a) {
        StringBuilder text = new StringBuilder("Army Reports Progress in the North, Bulletin ")
                .append(a + 1)
                .append("\n\n");
        for (int q = 0; q < QUOTES_PER_ARTICLE; q++) {
            int n = a * QUOTES_PER_ARTICLE + q;
            String deed =
                    DEEDS[n % DEEDS.length].formatted(2 + n % 97, DISTRICTS[(n / DEEDS.length) % DISTRICTS.length]);
            text.append("\u201cOur forces ")
                    .append(deed)
                    .append(",\u201d said ")
                    .append(SPEAKER)
                    .append(", the army spokesman.\n\n");
        }
        return text.toString();
    }
}
