package org.claimgraph.ingest.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The Apache OpenNLP English models (Universal Dependencies EWT), read once per process from the
 * model jars on the class path. The models are thread-safe; the {@code *ME} classes that use them are
 * not, so stages keep one of those per thread.
 * <p>Two settings differ from the shipped ones, for speed at no measured cost: the tokenizer leaves
 * runs of letters and digits whole without asking the model (it asked at every character; half the
 * tokenizing time), and the tagger decodes greedily ({@link GreedySequenceModel}: beam 1, not 3; half the tagging time). Both gave
 * the same tokens and tags as the shipped settings on the development articles.
 */
final class OpenNlpModels {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private OpenNlpModels() {}

    static SentenceModel sentences() {
        return Holder.SENTENCES;
    }

    static TokenizerModel tokens() {
        return Holder.TOKENS;
    }

    static POSModel partsOfSpeech() {
        return Holder.POS;
    }

    private static final class Holder {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final TokenizerModel TOKENS = wordsWhole(load(TOKEN_MODEL, TokenizerModel::new));
        static final POSModel POS = greedy(load(POS_MODEL, POSModel::new));
    }

    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("^[\\p{L}\\p{Nd}]+$");
    private static final String POS_ARTIFACT = "pos.model";

    private static TokenizerModel wordsWhole(TokenizerModel shipped) {
        TokenizerFactory factory = shipped.getFactory();
        return new TokenizerModel(
                shipped.getMaxentModel(),
                new HashMap<>(),
                new TokenizerFactory(
                        factory.getLanguageCode(), factory.getAbbreviationDictionary(), true, LETTERS_AND_DIGITS));
    }

    private static POSModel greedy(POSModel shipped) {
        MaxentModel model = shipped.getArtifact(POS_ARTIFACT);
        return new POSModel(shipped.getLanguage(), new GreedySequenceModel(model), null, shipped.getFactory());
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = OpenNlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
