package org.claimgraph.api.bulk;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import org.claimgraph.api.intake.IngestService;
import org.claimgraph.api.persistence.DatabaseFileCompaction;
import picocli.CommandLine;

/** Runs {@code bulk-ingest} inside the application, with its database and pipeline, then exits. */
public class BulkIngestApplication implements QuarkusApplication {

    @Inject
    IngestService ingest;

    @Inject
    DatabaseFileCompaction compaction;

    @Override
    public int run(String... args) {
        return new CommandLine(new BulkIngestCommand(ingest, compaction, System.out, System.err)).execute(args);
    }
}
