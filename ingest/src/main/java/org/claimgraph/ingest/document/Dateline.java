package org.claimgraph.ingest.document;

import java.util.List;
import java.util.Set;

/**
 * The dateline that opens a wire story's first sentence: "RIVERTON, Freedonia \u2014", "RIVERTON,
 * Freedonia, May 3 (Reuters) -", "RIVERTON (AP) \u2014". Its words are the writer's, none of the story.
 */
public final class Dateline {

    private static final int MAX_WORDS = 12;
    private static final Set<String> DASHES = Set.of("\u2014", "\u2013", "--", "-");

    private Dateline() {}

    /**
     * The first token after a dateline that opens the sentence of tokens {@code first} (inclusive) to
     * {@code end} (exclusive), else {@code first}.
     */
    public static int end(List<Token> tokens, int first, int end) {
        String opening = tokens.get(first).text();
        boolean capitals = opening.length() > 1 && opening.chars().allMatch(Character::isUpperCase);
        boolean followed = first + 1 < end
                && (tokens.get(first + 1).text().equals(",")
                        || tokens.get(first + 1).text().equals("("));
        if (!capitals || !followed) {
            return first;
        }
        for (int k = first + 1; k < end && k <= first + MAX_WORDS; k++) {
            if (DASHES.contains(tokens.get(k).text())) {
                return k + 1;
            }
        }
        return first;
    }
}
