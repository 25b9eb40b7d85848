package org.claimgraph.api.intake;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.api.config.ClaimgraphConfig;
import org.jboss.logging.Logger;

/**
 * Ingests the corpus folder when the application starts, so that a new user sees data at once. It
 * loads on a thread of its own once the server listens, so the API answers at once; readiness
 * ({@code /q/health/ready}, {@link CorpusReadiness}) says DOWN until the corpus is stored. Articles
 * already stored are skipped by content hash; a file that cannot be ingested is reported and skipped,
 * never stops the start. With {@code claimgraph.corpus.exit-after-load} the process stops once the corpus is
 * stored (the build's AppCDS training start).
 */
@ApplicationScoped
public class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    @Inject
    ClaimgraphConfig config;

    @Inject
    IngestService ingest;

    private volatile Progress progress = Progress.NONE;
    private volatile Thread loader;

    /** How far the corpus load is: files stored or skipped of those found, and whether it is over. */
    public record Progress(int done, int files, boolean finished) {
        static final Progress NONE = new Progress(0, 0, true);
    }

    public Progress progress() {
        return progress;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.corpus().load()) {
            return;
        }
        Path folder = Path.of(config.corpus().path()).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            LOG.infof("No corpus folder at %s: starting without articles (set CLAIMGRAPH_CORPUS_PATH)", folder);
            exitIfAsked();
            return;
        }
        List<Path> files = articleFiles(folder);
        progress = new Progress(0, files.size(), files.isEmpty());
        Thread thread = new Thread(() -> load(folder, files), "corpus-loader");
        thread.setDaemon(true);
        loader = thread;
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        Thread thread = loader;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void load(Path folder, List<Path> files) {
        int created = 0;
        int done = 0;
        for (Path file : files) {
            if (Thread.currentThread().isInterrupted()) {
                LOG.infof("Corpus load stopped after %d of %d files", done, files.size());
                return;
            }
            try {
                if (ingest.ingest(ArticleSubmission.ofBody(Files.readString(file, StandardCharsets.UTF_8)))
                        .created()) {
                    created++;
                }
            } catch (IOException | RuntimeException e) {
                LOG.errorf("Skipped corpus file %s: %s", file.getFileName(), e.getMessage());
            }
            done++;
            progress = new Progress(done, files.size(), done == files.size());
        }
        LOG.infof(
                "Corpus %s: %d article files, %d newly stored, %d already stored or skipped",
                folder, files.size(), created, files.size() - created);
        exitIfAsked();
    }

    private void exitIfAsked() {
        if (config.corpus().exitAfterLoad()) {
            Quarkus.asyncExit();
        }
    }

    private static List<Path> articleFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + folder, e);
        }
    }
}
