package org.claimgraph.ingest.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An ordered list of stages over one document. The order is checked when the pipeline is built: a
 * stage that needs a layer no earlier stage produces is refused, with both named.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline of(List<Stage> stages) {
        Set<Layer<?>> available = new HashSet<>();
        for (Stage stage : stages) {
            List<Layer<?>> missing = stage.requires().stream()
                    .filter(l -> !available.contains(l))
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("stage " + stage.name() + " requires "
                        + missing.stream().map(Layer::name).collect(Collectors.joining(", "))
                        + ", which no earlier stage produces");
            }
            available.addAll(stage.produces());
        }
        return new Pipeline(stages);
    }

    public static Pipeline of(Stage... stages) {
        return of(List.of(stages));
    }

    public Document annotate(String text) {
        return annotate(text, StageTimer.NONE);
    }

    /** Runs every stage in order, reporting each stage's duration to {@code timer}. */
    public Document annotate(String text, StageTimer timer) {
        Document document = new Document(text);
        for (Stage stage : stages) {
            long started = System.nanoTime();
            stage.annotate(document);
            timer.record(stage.name(), System.nanoTime() - started);
        }
        return document;
    }

    public List<String> stageNames() {
        List<String> names = new ArrayList<>();
        stages.forEach(s -> names.add(s.name()));
        return names;
    }

    /** Receives the time each stage took, for benchmarks and progress reports. */
    @FunctionalInterface
    public interface StageTimer {
        StageTimer NONE = (stage, nanos) -> {};

        void record(String stage, long nanos);
    }
}
