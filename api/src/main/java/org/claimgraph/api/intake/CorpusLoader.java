package org.claimgraph.api.intake;

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
 * Ingests the corpus folder when the application starts, so that a new user sees data at once.
 * Articles already stored are skipped by content hash; a file that cannot be ingested is reported
 * and skipped, never stops the start.
 */
@ApplicationScoped
public class CorpusLoader {

    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    @Inject
    ClaimgraphConfig config;

    @Inject
    IngestService ingest;

    void onStart(@Observes StartupEvent event) {
        if (!config.corpus().load()) {
            return;
        }
        Path folder = Path.of(config.corpus().path()).toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            LOG.warnf("No corpus folder at %s: starting without articles (set CLAIMGRAPH_CORPUS_PATH)", folder);
            return;
        }
        List<Path> files = articleFiles(folder);
        int created = 0;
        for (Path file : files) {
            try {
                if (ingest.ingest(ArticleSubmission.ofBody(Files.readString(file, StandardCharsets.UTF_8))).created()) {
                    created++;
                }
            } catch (IOException | RuntimeException e) {
                LOG.errorf("Skipped corpus file %s: %s", file.getFileName(), e.getMessage());
            }
        }
        LOG.infof("Corpus %s: %d article files, %d newly stored, %d already stored or skipped", folder, files.size(),
                created, files.size() - created);
    }

    private static List<Path> articleFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus folder " + folder, e);
        }
    }
}
