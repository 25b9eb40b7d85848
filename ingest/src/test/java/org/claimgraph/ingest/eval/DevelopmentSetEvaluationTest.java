package org.claimgraph.ingest.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.claimgraph.ingest.Extractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the pipeline on the development articles and their gold files by the rules of
 * evaluation.md, and fails when a mean falls under its bar. Articles the pipeline has never seen are
 * scored the same way after each change lands.
 */
class DevelopmentSetEvaluationTest {

    private static List<ArticleScores> scores;

    @BeforeAll
    static void scoreTheDevelopmentSet() {
        Path evalSet = Path.of(System.getProperty("claimgraph.eval.dir", "../eval"));
        Path articles = evalSet.resolve("articles");
        assertTrue(Files.isDirectory(articles), "the evaluation set is missing: " + articles.toAbsolutePath());
        scores = new CorpusEvaluation(new Extractor()).run(articles, evalSet.resolve("gold"));
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        ScoreReport.print(scores, new PrintStream(report, true, StandardCharsets.UTF_8));
        System.out.println(report.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyArticleWithAGoldFileIsScored() {
        assertEquals(9, scores.size(), "the nine development articles of eval/");
    }

    /** The bars of the means over the nine articles (issues 13 and 17). */
    @Test
    void meanScoresReachTheBars() {
        assertAll(
                () -> atLeast("actor F1", 0.90, s -> s.actors().f1()),
                () -> atLeast("location F1", 0.92, s -> s.locations().f1()),
                () -> atLeast(
                        "location kind accuracy", 0.90, s -> s.locationKind().value()),
                () -> atLeast(
                        "location parent accuracy",
                        0.90,
                        s -> s.locationParent().value()),
                () -> atLeast("claim F1", 0.92, s -> s.claims().f1()),
                () -> atLeast("quantity F1", 0.90, s -> s.quantities().f1()),
                () -> atLeast("speaker accuracy", 0.92, s -> s.speaker().value()),
                () -> atLeast("stance accuracy", 0.92, s -> s.stance().value()),
                () -> atLeast("dispute recall", 0.80, s -> s.disputeRecall().value()));
    }

    private static void atLeast(String figure, double bar, ToDoubleFunction<ArticleScores> value) {
        double mean = ScoreReport.mean(scores, value);
        assertTrue(mean >= bar, String.format("mean %s is %.3f, under the bar %.2f", figure, mean, bar));
    }
}
