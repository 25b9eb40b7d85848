package org.claimgraph.api;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;
import org.claimgraph.api.bulk.BulkIngestApplication;

/**
 * {@code java -jar quarkus-run.jar} serves the API; {@code ... bulk-ingest PATH} ingests a folder or
 * JSON Lines file into the same database and exits, without serving HTTP or loading the corpus.
 */
@QuarkusMain
public final class Main {

    private Main() {}

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("bulk-ingest")) {
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("claimgraph.corpus.load", "false");
            System.setProperty("quarkus.banner.enabled", "false");
            System.setProperty("quarkus.log.console.level", "WARN");
            Quarkus.run(BulkIngestApplication.class, Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0) {
            System.err.println("unknown command " + args[0] + "; usage: java -jar quarkus-run.jar [bulk-ingest PATH]");
            System.exit(1);
        } else {
            Quarkus.run(args);
        }
    }
}
