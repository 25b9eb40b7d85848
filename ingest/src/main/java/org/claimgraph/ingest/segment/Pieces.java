package org.claimgraph.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * Cuts a long span into consecutive pieces of bounded length. OpenNLP's sentence detector and
 * tokenizer take time that grows with the square of a run of text without white space, and its
 * tagger with the square of a sentence's length; a run-on sentence or 100,000 quote marks would
 * take minutes. A piece ends, by preference, after sentence-ending punctuation and white space,
 * else at the last white space, else at the length limit (never between the halves of a surrogate
 * pair). A span no longer than the limit is its own single piece.
 */
final class Pieces {

    /** Longer than any sentence of an ordinary article, short enough that OpenNLP stays fast. */
    static final int MAX_LENGTH = 1_000;

    private Pieces() {}

    static List<CharSpan> of(String text, CharSpan span, int maxLength) {
        List<CharSpan> pieces = new ArrayList<>();
        int start = span.start();
        while (span.end() - start > maxLength) {
            int cut = cut(text, start, start + maxLength);
            pieces.add(new CharSpan(start, cut));
            start = cut;
        }
        pieces.add(new CharSpan(start, span.end()));
        return pieces;
    }

    /** Where to end a piece that starts at {@code start} and must end by {@code limit}. */
    private static int cut(String text, int start, int limit) {
        int lastSpace = -1;
        for (int i = limit; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                if (endsSentence(text, start, i)) {
                    return i;
                }
                if (lastSpace < 0) {
                    lastSpace = i;
                }
            }
        }
        if (lastSpace >= 0) {
            return lastSpace;
        }
        boolean insidePair =
                Character.isHighSurrogate(text.charAt(limit - 1)) && Character.isLowSurrogate(text.charAt(limit));
        return insidePair ? limit - 1 : limit;
    }

    /** Punctuation, perhaps followed by closing quotes or brackets, stands right before position {@code i}. */
    private static boolean endsSentence(String text, int start, int i) {
        int p = i - 1;
        while (p > start && "\"'\u201d\u2019)]".indexOf(text.charAt(p)) >= 0) {
            p--;
        }
        return ".!?".indexOf(text.charAt(p)) >= 0;
    }
}
