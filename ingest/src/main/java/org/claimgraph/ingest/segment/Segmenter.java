package org.claimgraph.ingest.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * Finds the headline, the paragraphs and the sentences. A blank line ends a paragraph and so a
 * sentence: the headline never runs into the first sentence. Sentences inside a paragraph come from
 * OpenNLP's sentence detector, which knows abbreviations such as "Gen." and "U.S.".
 * <p>Needs: {@link Layers#DEBRIS}. Adds: {@link Layers#TITLE}, {@link Layers#PARAGRAPHS},
 * {@link Layers#SENTENCES}.
 */
public final class Segmenter implements Stage {

    private static final int MAX_TITLE_LENGTH = 300;
    /** Abbreviations that stand before a name, so a sentence never ends on them. */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of(
            "Mr.",
            "Mrs.",
            "Ms.",
            "Dr.",
            "Prof.",
            "Gen.",
            "Lt.",
            "Col.",
            "Maj.",
            "Capt.",
            "Cpt.",
            "Sgt.",
            "Cpl.",
            "Pvt.",
            "Adm.",
            "Cmdr.",
            "Brig.",
            "Gov.",
            "Sen.",
            "Rep.",
            "Amb.",
            "Sec.",
            "Pres.",
            "Rev.",
            "Fr.",
            "St.",
            "Gens.",
            "Lt.-Gen.",
            "Maj.-Gen.",
            "Brig.-Gen.");
    /** Month abbreviations, which end no sentence when a day follows: "MOPTI, Mali, Feb. 12 (Reuters) -". */
    private static final Set<String> MONTH_ABBREVIATIONS =
            Set.of("Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.DEBRIS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TITLE, Layers.PARAGRAPHS, Layers.SENTENCES);
    }

    @Override
    public void annotate(Document document) {
        String text = document.text();
        Set<CharSpan> debris = Set.copyOf(document.get(Layers.DEBRIS));
        List<CharSpan> blocks = blocks(text, debris);

        Optional<CharSpan> title = Optional.empty();
        if (blocks.size() > 1 && isTitle(blocks.get(0), text)) {
            title = Optional.of(blocks.get(0));
            blocks = blocks.subList(1, blocks.size());
        }

        SentenceDetectorME detector = new SentenceDetectorME(OpenNlpModels.sentences());
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < blocks.size(); p++) {
            CharSpan paragraph = blocks.get(p);
            for (CharSpan sentence : sentencesOf(paragraph, detector, text)) {
                sentences.add(new Sentence(sentences.size(), sentence, p));
            }
        }
        document.put(Layers.TITLE, title);
        document.put(Layers.PARAGRAPHS, List.copyOf(blocks));
        document.put(Layers.SENTENCES, List.copyOf(sentences));
    }

    /**
     * The detector's sentences, with breaks after a title, an initial ("Gen.", "J.") or a month before a
     * day undone.
     */
    private static List<CharSpan> sentencesOf(CharSpan paragraph, SentenceDetectorME detector, String text) {
        List<CharSpan> merged = new ArrayList<>();
        for (CharSpan sentence : detected(paragraph, detector, text)) {
            int last = merged.size() - 1;
            String before = last >= 0 ? merged.get(last).coveredText(text) : "";
            boolean dayAfterMonth = endsWithMonth(before) && Character.isDigit(text.charAt(sentence.start()));
            if (last >= 0
                    && sentence.end() - merged.get(last).start() <= Pieces.MAX_LENGTH
                    && (endsWithAbbreviation(before) || dayAfterMonth)) {
                merged.set(last, new CharSpan(merged.get(last).start(), sentence.end()));
            } else {
                merged.add(sentence);
            }
        }
        return merged;
    }

    /** The detector's sentences of a paragraph, read piece by piece so that a run-on paragraph stays fast. */
    private static List<CharSpan> detected(CharSpan paragraph, SentenceDetectorME detector, String text) {
        List<CharSpan> sentences = new ArrayList<>();
        for (CharSpan piece : Pieces.of(text, paragraph, Pieces.MAX_LENGTH)) {
            for (Span s : detector.sentPosDetect(piece.coveredText(text))) {
                CharSpan sentence = new CharSpan(s.getStart(), s.getEnd())
                        .shift(piece.start())
                        .trim(text);
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        int space = Math.max(sentence.lastIndexOf(' '), sentence.lastIndexOf('\n'));
        String lastWord = sentence.substring(space + 1);
        return TITLE_ABBREVIATIONS.contains(lastWord) || lastWord.matches("\\p{Lu}\\.");
    }

    private static boolean endsWithMonth(String sentence) {
        int space = Math.max(sentence.lastIndexOf(' '), sentence.lastIndexOf('\n'));
        return MONTH_ABBREVIATIONS.contains(sentence.substring(space + 1));
    }

    /** Runs of non-blank, non-debris lines, each trimmed. */
    private static List<CharSpan> blocks(String text, Set<CharSpan> debris) {
        List<CharSpan> blocks = new ArrayList<>();
        int blockStart = -1;
        int blockEnd = -1;
        for (CharSpan line : Lines.of(text)) {
            CharSpan trimmed = line.trim(text);
            boolean skip = trimmed.isEmpty() || debris.contains(trimmed);
            if (skip) {
                if (blockStart >= 0) {
                    blocks.add(new CharSpan(blockStart, blockEnd));
                    blockStart = -1;
                }
            } else {
                if (blockStart < 0) {
                    blockStart = trimmed.start();
                }
                blockEnd = trimmed.end();
            }
        }
        if (blockStart >= 0) {
            blocks.add(new CharSpan(blockStart, blockEnd));
        }
        return blocks;
    }

    /** A first block of one line that does not end like a sentence is a headline. */
    private static boolean isTitle(CharSpan block, String text) {
        String candidate = block.coveredText(text);
        if (candidate.length() > MAX_TITLE_LENGTH || candidate.indexOf('\n') >= 0) {
            return false;
        }
        char last = candidate.charAt(candidate.length() - 1);
        return last != '.' && last != ',' && last != ';';
    }
}
