package org.claimgraph.ingest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.ingest.Extractor;
import org.claimgraph.ingest.bench.PipelineBenchmark;
import org.claimgraph.ingest.eval.ArticleScores;
import org.claimgraph.ingest.eval.CorpusEvaluation;
import org.claimgraph.ingest.eval.ScoreReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar claimgraph-ingest.jar extract FILE | eval CORPUS [--gold DIR] | bench CORPUS}. */
@Command(
        name = "claimgraph-ingest",
        mixinStandardHelpOptions = true,
        description = "Extracts actors, claims, places and figures from news articles.",
        subcommands = {IngestCommand.Extract.class, IngestCommand.Eval.class, IngestCommand.Bench.class})
public final class IngestCommand {

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestCommand()).execute(args));
    }

    @Command(
            name = "extract",
            mixinStandardHelpOptions = true,
            description = "Prints the extraction of a text file as JSON.")
    static final class Extract implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "a UTF-8 text file; the first line may be the title")
        Path file;

        @Override
        public Integer call() throws Exception {
            String body = Files.readString(file, StandardCharsets.UTF_8);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            System.out.println(json.writeValueAsString(new Extractor().extract(body)));
            return 0;
        }
    }

    @Command(
            name = "eval",
            mixinStandardHelpOptions = true,
            description = "Scores the extraction of every article that has a gold file (see evaluation.md).")
    static final class Eval implements Callable<Integer> {
        @Parameters(paramLabel = "CORPUS", description = "folder of NAME.txt articles")
        Path corpus;

        @Option(
                names = "--gold",
                paramLabel = "DIR",
                description = "folder of NAME.gold.json (default: CORPUS/../gold)")
        Path gold;

        @Override
        public Integer call() {
            Path goldFolder = gold != null ? gold : CorpusEvaluation.defaultGoldFolder(corpus);
            List<ArticleScores> scores = new CorpusEvaluation(new Extractor()).run(corpus, goldFolder);
            if (scores.isEmpty()) {
                System.err.println("no article in " + corpus + " has a gold file in " + goldFolder);
                return 2;
            }
            ScoreReport.print(scores, System.out);
            return 0;
        }
    }

    @Command(
            name = "bench",
            mixinStandardHelpOptions = true,
            description = "Times the pipeline over the .txt articles of a folder, single-threaded.")
    static final class Bench implements Callable<Integer> {
        @Parameters(paramLabel = "CORPUS", description = "folder of .txt articles")
        Path corpus;

        @Option(
                names = "--warmup",
                description = "rounds over all articles before measuring (default ${DEFAULT-VALUE})")
        int warmup = 100;

        @Option(names = "--rounds", description = "measured rounds over all articles (default ${DEFAULT-VALUE})")
        int rounds = 200;

        @Override
        public Integer call() throws Exception {
            List<String> articles = new java.util.ArrayList<>();
            try (var files = Files.list(corpus)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".txt"))
                        .sorted()
                        .toList()) {
                    articles.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            }
            new PipelineBenchmark(articles, warmup, rounds).run(System.out);
            return 0;
        }
    }
}
