package org.claimgraph.ingest.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Prints per-article figures and their mean as a plain-text table. */
public final class ScoreReport {

    private static final String ROW = "%-36s %5s %5s %5s %5s %5s %5s %5s %5s %5s %5s %5s %5s%n";

    private ScoreReport() {}

    public static void print(List<ArticleScores> scores, PrintStream out) {
        out.printf(
                Locale.ROOT,
                ROW,
                "article",
                "actF1",
                "actK",
                "locF1",
                "locK",
                "locPa",
                "clmP",
                "clmR",
                "clmF1",
                "spkr",
                "stnc",
                "qtyF1",
                "disp");
        for (ArticleScores s : scores) {
            row(
                    out,
                    s.article(),
                    s.actors().f1(),
                    s.actorKind().value(),
                    s.locations().f1(),
                    s.locationKind().value(),
                    s.locationParent().value(),
                    s.claims().precision(),
                    s.claims().recall(),
                    s.claims().f1(),
                    s.speaker().value(),
                    s.stance().value(),
                    s.quantities().f1(),
                    s.disputeRecall().value());
        }
        row(
                out,
                "MEAN",
                mean(scores, s -> s.actors().f1()),
                mean(scores, s -> s.actorKind().value()),
                mean(scores, s -> s.locations().f1()),
                mean(scores, s -> s.locationKind().value()),
                mean(scores, s -> s.locationParent().value()),
                mean(scores, s -> s.claims().precision()),
                mean(scores, s -> s.claims().recall()),
                mean(scores, s -> s.claims().f1()),
                mean(scores, s -> s.speaker().value()),
                mean(scores, s -> s.stance().value()),
                mean(scores, s -> s.quantities().f1()),
                mean(scores, s -> s.disputeRecall().value()));
    }

    public static double mean(List<ArticleScores> scores, ToDoubleFunction<ArticleScores> figure) {
        return scores.stream().mapToDouble(figure).average().orElse(Double.NaN);
    }

    private static void row(PrintStream out, String name, double... figures) {
        Object[] cells = new Object[figures.length + 1];
        cells[0] = name.length() > 36 ? name.substring(0, 36) : name;
        for (int i = 0; i < figures.length; i++) {
            cells[i + 1] = String.format(Locale.ROOT, "%.2f", figures[i]);
        }
        out.printf(Locale.ROOT, ROW, cells);
    }
}
