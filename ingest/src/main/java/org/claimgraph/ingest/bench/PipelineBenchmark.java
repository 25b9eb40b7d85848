package org.claimgraph.ingest.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.ingest.Extractor;

/**
 * Times the whole pipeline, single-threaded, over a set of articles: load time of models and
 * lexicons, then warm-up rounds, then measured rounds. Prints articles/s, the median and 95th
 * percentile ms per article, and each stage's share.
 */
public final class PipelineBenchmark {

    private final List<String> articles;
    private final int warmupRounds;
    private final int measuredRounds;

    public PipelineBenchmark(List<String> articles, int warmupRounds, int measuredRounds) {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("the benchmark needs at least one article");
        }
        this.articles = List.copyOf(articles);
        this.warmupRounds = warmupRounds;
        this.measuredRounds = measuredRounds;
    }

    public void run(PrintStream out) {
        long loadStart = System.nanoTime();
        Extractor extractor = new Extractor();
        extractor.extract(articles.get(0));
        double loadMs = (System.nanoTime() - loadStart) / 1e6;

        for (int r = 0; r < warmupRounds; r++) {
            articles.forEach(extractor::extract);
        }
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        extractor.stageNames().forEach(s -> stageNanos.put(s, 0L));
        List<Double> perArticleMs = new ArrayList<>();
        long totalStart = System.nanoTime();
        for (int r = 0; r < measuredRounds; r++) {
            for (String article : articles) {
                long start = System.nanoTime();
                extractor.extract(article, (stage, nanos) -> stageNanos.merge(stage, nanos, Long::sum));
                perArticleMs.add((System.nanoTime() - start) / 1e6);
            }
        }
        double totalSeconds = (System.nanoTime() - totalStart) / 1e9;

        double[] sorted =
                perArticleMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        out.printf(
                Locale.ROOT,
                "articles: %d, warm-up rounds: %d, measured rounds: %d%n",
                articles.size(),
                warmupRounds,
                measuredRounds);
        out.printf(Locale.ROOT, "first extraction incl. loading models and lexicons: %.0f ms%n", loadMs);
        out.printf(Locale.ROOT, "throughput: %.1f articles/s%n", perArticleMs.size() / totalSeconds);
        out.printf(
                Locale.ROOT,
                "ms/article: median %.2f, p95 %.2f, max %.2f%n",
                percentile(sorted, 0.5),
                percentile(sorted, 0.95),
                sorted[sorted.length - 1]);
        long allStages = stageNanos.values().stream().mapToLong(Long::longValue).sum();
        stageNanos.forEach((stage, nanos) -> out.printf(
                Locale.ROOT,
                "  %-22s %7.3f ms/article  %5.1f%%%n",
                stage,
                nanos / 1e6 / perArticleMs.size(),
                100.0 * nanos / Math.max(1, allStages)));
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
