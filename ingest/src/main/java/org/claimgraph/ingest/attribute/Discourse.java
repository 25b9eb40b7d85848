package org.claimgraph.ingest.attribute;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.ingest.document.Dateline;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.extraction.CharSpan;

/** The layers of one document that attribution reads, with token-level helpers. Made per document. */
final class Discourse {

    final Document document;
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<CharSpan> paragraphs;
    final ActorLocator actors;
    private final int[] sentenceFirst;
    private final int[] sentenceEnd;

    Discourse(Document document) {
        this.document = document;
        this.text = document.text();
        this.tokens = document.get(Layers.TOKENS);
        this.sentences = document.get(Layers.SENTENCES);
        this.paragraphs = document.get(Layers.PARAGRAPHS);
        this.actors = new ActorLocator(document.get(Layers.ACTORS), document.get(Layers.MENTIONS));
        this.sentenceFirst = new int[sentences.size()];
        this.sentenceEnd = new int[sentences.size()];
        for (int i = tokens.size() - 1; i >= 0; i--) {
            int s = tokens.get(i).sentence();
            if (sentenceEnd[s] == 0) {
                sentenceEnd[s] = i + 1;
            }
            sentenceFirst[s] = i;
        }
    }

    String text(CharSpan span) {
        return span.coveredText(text);
    }

    int first(int sentence) {
        return sentenceFirst[sentence];
    }

    /** The end (exclusive) token index of a sentence. */
    int end(int sentence) {
        return sentenceEnd[sentence];
    }

    String lower(int token) {
        return tokens.get(token).text().toLowerCase(Locale.ROOT);
    }

    /**
     * The first token after a dateline ("RIVERTON, Freedonia —", "RIVERTON (Reuters) -") that opens a
     * sentence, else {@code first}.
     */
    int afterDateline(int first, int end) {
        return Dateline.end(tokens, first, end);
    }

    boolean is(int token, Set<String> words) {
        return token >= 0 && token < tokens.size() && words.contains(lower(token));
    }

    boolean is(int token, String word) {
        return token >= 0 && token < tokens.size() && lower(token).equals(word);
    }

    /** The index of the token containing or following {@code offset}. */
    int tokenAt(int offset) {
        return TokenCover.firstEndingAfter(tokens, offset);
    }

    int paragraphOf(int offset) {
        int low = 0;
        int high = paragraphs.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (paragraphs.get(mid).end() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The span from the start of token {@code first} to the end of token {@code last}, trimmed of end marks. */
    CharSpan span(int first, int last) {
        int end = tokens.get(last).span().end();
        int start = tokens.get(first).span().start();
        while (end > start && ".,;:".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new CharSpan(start, end).trim(text);
    }

    CharSpan sentenceSpan(int token) {
        return sentences.get(tokens.get(token).sentence()).span();
    }
}
