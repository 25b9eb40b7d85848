package org.claimgraph.ingest.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.ingest.Extractor;

/**
 * Runs the extractor over every article of a folder that has a gold file ({@code NAME.txt} beside
 * {@code GOLD/NAME.gold.json}) and scores each one.
 */
public final class CorpusEvaluation {

    private final Extractor extractor;
    private final Evaluator evaluator = new Evaluator();
    private final ObjectMapper json = new ObjectMapper();

    public CorpusEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    public List<ArticleScores> run(Path corpus, Path goldFolder) {
        List<ArticleScores> scores = new ArrayList<>();
        for (Path article : articles(corpus)) {
            String name = article.getFileName().toString().replaceFirst("\\.txt$", "");
            Path goldFile = goldFolder.resolve(name + ".gold.json");
            if (!Files.isRegularFile(goldFile)) {
                continue;
            }
            try {
                String body = Files.readString(article, StandardCharsets.UTF_8);
                Gold gold = json.readValue(goldFile.toFile(), Gold.class);
                scores.add(evaluator.evaluate(name, body, extractor.extract(body), gold));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + article + " or " + goldFile, e);
            }
        }
        return scores;
    }

    /** The gold folder beside a corpus folder: {@code corpus/../gold}. */
    public static Path defaultGoldFolder(Path corpus) {
        Path parent = corpus.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("gold") : parent.resolve("gold");
    }

    private static List<Path> articles(Path corpus) {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpus, e);
        }
    }
}
