package org.claimgraph.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.claimgraph.ingest.document.CharSpan;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Stage;

/**
 * Splits each sentence into tokens and tags their parts of speech with OpenNLP's Universal
 * Dependencies models (tags such as PROPN, NOUN, VERB, ADP).
 * <p>Needs: {@link Layers#SENTENCES}. Adds: {@link Layers#TOKENS}.
 */
public final class Tokenizer implements Stage {

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
        TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
        POSTaggerME tagger = new POSTaggerME(OpenNlpModels.partsOfSpeech());
        List<Token> tokens = new ArrayList<>();
        for (Sentence sentence : document.get(Layers.SENTENCES)) {
            String text = document.text(sentence.span());
            Span[] spans = tokenizer.tokenizePos(text);
            String[] words = Span.spansToStrings(spans, text);
            String[] tags = tagger.tag(words);
            for (int i = 0; i < spans.length; i++) {
                CharSpan span = new CharSpan(spans[i].getStart(), spans[i].getEnd()).shift(sentence.span().start());
                tokens.add(new Token(span, words[i], tags[i], sentence.index()));
            }
        }
        document.put(Layers.TOKENS, List.copyOf(tokens));
    }
}
