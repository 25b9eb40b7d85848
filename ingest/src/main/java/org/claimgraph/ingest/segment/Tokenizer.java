package org.claimgraph.ingest.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * Splits each sentence into tokens and tags their parts of speech with OpenNLP's Universal
 * Dependencies models (tags such as PROPN, NOUN, VERB, ADP). A sentence longer than
 * {@link Pieces#MAX_LENGTH} is tokenized in pieces cut at white space, and tagged
 * {@link #MAX_TAGGED_TOKENS} tokens at a time: OpenNLP's cost grows with the square of either length.
 * Tokens with no letter or digit among them are tagged PUNCT without the tagger.
 * <p>Needs: {@link Layers#SENTENCES}. Adds: {@link Layers#TOKENS}.
 */
public final class Tokenizer implements Stage {

    /** Far more tokens than an ordinary sentence has. */
    static final int MAX_TAGGED_TOKENS = 250;

    private static final String PUNCTUATION = "PUNCT";

    // Neither class is thread-safe; a tagger costs about half a millisecond to make (it reads its feature
    // generators from XML), so each thread keeps one of each.
    private final ThreadLocal<TokenizerME> tokenizers =
            ThreadLocal.withInitial(() -> new TokenizerME(OpenNlpModels.tokens()));
    private final ThreadLocal<POSTaggerME> taggers =
            ThreadLocal.withInitial(() -> new POSTaggerME(OpenNlpModels.partsOfSpeech()));

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public void annotate(Document document) {
        TokenizerME tokenizer = tokenizers.get();
        POSTaggerME tagger = taggers.get();
        String body = document.text();
        List<Token> tokens = new ArrayList<>();
        for (Sentence sentence : document.get(Layers.SENTENCES)) {
            List<CharSpan> spans = tokenSpans(tokenizer, body, sentence.span());
            String[] words = spans.stream().map(s -> s.coveredText(body)).toArray(String[]::new);
            String[] tags = tags(tagger, words);
            for (int i = 0; i < words.length; i++) {
                tokens.add(new Token(spans.get(i), words[i], tags[i], sentence.index()));
            }
        }
        document.put(Layers.TOKENS, List.copyOf(tokens));
    }

    private static List<CharSpan> tokenSpans(TokenizerME tokenizer, String body, CharSpan sentence) {
        List<CharSpan> spans = new ArrayList<>();
        for (CharSpan piece : Pieces.of(body, sentence, Pieces.MAX_LENGTH)) {
            for (Span s : tokenizer.tokenizePos(piece.coveredText(body))) {
                spans.add(new CharSpan(s.getStart(), s.getEnd()).shift(piece.start()));
            }
        }
        return spans;
    }

    private static String[] tags(POSTaggerME tagger, String[] words) {
        String[] tags = new String[words.length];
        for (int from = 0; from < words.length; from += MAX_TAGGED_TOKENS) {
            String[] window = Arrays.copyOfRange(words, from, Math.min(words.length, from + MAX_TAGGED_TOKENS));
            String[] part = hasLetterOrDigit(window) ? tagger.tag(window) : punctuation(window.length);
            System.arraycopy(part, 0, tags, from, part.length);
        }
        return tags;
    }

    // The tagger spends some 20 µs a token to call a row of quote marks or brackets punctuation.
    private static String[] punctuation(int length) {
        String[] tags = new String[length];
        Arrays.fill(tags, PUNCTUATION);
        return tags;
    }

    private static boolean hasLetterOrDigit(String[] words) {
        for (String word : words) {
            if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                return true;
            }
        }
        return false;
    }
}
