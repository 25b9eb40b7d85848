package org.claimgraph.ingest.document;

import java.util.Arrays;
import java.util.List;
import org.claimgraph.ingest.extraction.CharSpan;

/** Maps between character spans and token indexes of one document's token list (in body order). */
public final class TokenCover {

    private TokenCover() {}

    /** For each token, the index in {@code spans} of a span that overlaps it, or -1. */
    public static int[] cover(List<Token> tokens, List<CharSpan> spans) {
        int[] covered = new int[tokens.size()];
        Arrays.fill(covered, -1);
        for (int s = 0; s < spans.size(); s++) {
            CharSpan span = spans.get(s);
            for (int i = firstEndingAfter(tokens, span.start()); i < tokens.size(); i++) {
                if (tokens.get(i).span().start() >= span.end()) {
                    break;
                }
                if (tokens.get(i).span().overlaps(span)) {
                    covered[i] = s;
                }
            }
        }
        return covered;
    }

    /** The index of the first token that ends after {@code offset} (tokens.size() when none does). */
    public static int firstEndingAfter(List<Token> tokens, int offset) {
        return Spans.endingBy(tokens, Token::span, offset);
    }

    /** The index of the last token that starts before {@code offset}, or -1. */
    public static int lastStartingBefore(List<Token> tokens, int offset) {
        return Spans.startingBefore(tokens, Token::span, offset) - 1;
    }

    /** A token's word without a possessive ending ("Rome’s" is "Rome"). */
    public static String word(Token token) {
        String text = token.text();
        if (text.length() > 2 && (text.endsWith("\u2019s") || text.endsWith("'s"))) {
            return text.substring(0, text.length() - 2);
        }
        return text;
    }

    /** The span of {@link #word(Token)}. */
    public static CharSpan wordSpan(Token token) {
        int cut = token.text().length() - word(token).length();
        return new CharSpan(token.span().start(), token.span().end() - cut);
    }
}
