package org.claimgraph.ingest.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * A document of one paragraph and one sentence, cut into tokens at spaces and marks without a
 * tagger (capitalised words are PROPN, "said" is VERB): a cheap way to give the later stages very
 * large inputs.
 */
final class RoughDocument {

    private RoughDocument() {}

    static Document of(String body) {
        Document doc = new Document(body);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            if (Character.isLetterOrDigit(c)) {
                while (end < body.length() && Character.isLetterOrDigit(body.charAt(end))) {
                    end++;
                }
            }
            String text = body.substring(i, end);
            String tag = Character.isUpperCase(c)
                    ? "PROPN"
                    : text.equals("said") ? "VERB" : Character.isLetter(c) ? "NOUN" : "PUNCT";
            tokens.add(new Token(new CharSpan(i, end), text, tag, 0));
            i = end;
        }
        CharSpan all = new CharSpan(0, body.length());
        doc.put(Layers.TITLE, Optional.empty());
        doc.put(Layers.PARAGRAPHS, List.of(all));
        doc.put(Layers.SENTENCES, List.of(new Sentence(0, all, 0)));
        doc.put(Layers.TOKENS, List.copyOf(tokens));
        doc.put(Layers.PLACE_MENTIONS, List.of());
        doc.put(Layers.PLACES, Map.of());
        doc.put(Layers.ORGANISATION_MENTIONS, List.of());
        return doc;
    }
}
