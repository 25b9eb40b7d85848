package org.claimgraph.ingest.fuzz;

import org.claimgraph.ingest.Extractor;

/** One extractor for the tests of this package: building it loads the models, which takes seconds. */
final class SharedExtractor {

    static final Extractor EXTRACTOR = new Extractor();

    private SharedExtractor() {}
}
