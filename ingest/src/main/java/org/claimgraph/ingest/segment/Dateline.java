package org.claimgraph.ingest.segment;

import java.util.List;

/**
 * The dateline a wire story opens with ("RIVERTON, Freedonia —", "RIVERTON, Freedonia (Reuters) -"): a
 * place in capitals, a comma, and a dash within a dozen tokens. Its words name where the story was filed
 * and who filed it, not what happened.
 */
public final class Dateline {

    private static final int MAX_TOKENS = 12;

    private Dateline() {
    }

    /** The first token after the dateline opening tokens first..end (exclusive), or {@code first} if none. */
    public static int after(List<Token> tokens, int first, int end) {
        String opening = tokens.get(first).text();
        boolean capitals = opening.length() > 1 && opening.chars().allMatch(Character::isUpperCase);
        if (!capitals || first + 1 >= end || !tokens.get(first + 1).text().equals(",")) {
            return first;
        }
        for (int k = first + 1; k < end && k <= first + MAX_TOKENS; k++) {
            String word = tokens.get(k).text();
            if (word.equals("\u2014") || word.equals("\u2013") || word.equals("--") || word.equals("-")) {
                return k + 1;
            }
        }
        return first;
    }
}
