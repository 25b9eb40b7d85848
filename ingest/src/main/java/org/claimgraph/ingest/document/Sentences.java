package org.claimgraph.ingest.document;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ingest.extraction.CharSpan;

/** The words of each sentence, with the part-of-speech tag of the token each word starts in. */
public final class Sentences {

    /** A word and its place among the words of its sentence. */
    public record Tagged(Word word, String tag, int sentence, boolean sentenceInitial) {}

    private static final Layer<List<List<Tagged>>> TAGGED_WORDS = Layer.of("tagged words", List.class);

    private Sentences() {}

    /** The words of every sentence of the document, computed once for all the stages that read them. */
    public static List<List<Tagged>> of(Document document) {
        return document.view(TAGGED_WORDS, d -> words(d.text(), d.get(Layers.TOKENS)));
    }

    /** The words of every sentence, one list per sentence, read from the tokens. */
    private static List<List<Tagged>> words(String body, List<Token> tokens) {
        List<List<Tagged>> sentences = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int sentence = tokens.get(i).sentence();
            int j = i;
            while (j < tokens.size() && tokens.get(j).sentence() == sentence) {
                j++;
            }
            List<Token> own = tokens.subList(i, j);
            CharSpan span = new CharSpan(
                    own.get(0).span().start(), own.get(own.size() - 1).span().end());
            List<Tagged> tagged = new ArrayList<>();
            int token = 0;
            for (Word word : Word.of(body, span)) {
                while (token < own.size() && own.get(token).span().end() <= word.start()) {
                    token++;
                }
                String tag = token < own.size() && own.get(token).span().contains(word.start())
                        ? own.get(token).tag()
                        : "X";
                tagged.add(new Tagged(word, tag, sentence, tagged.isEmpty()));
            }
            sentences.add(List.copyOf(tagged));
            i = j;
        }
        return List.copyOf(sentences);
    }

    public static List<Word> plain(List<Tagged> words) {
        return words.stream().map(Tagged::word).toList();
    }
}
