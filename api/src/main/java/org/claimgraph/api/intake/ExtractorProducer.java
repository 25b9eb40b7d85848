package org.claimgraph.api.intake;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.claimgraph.ingest.Extractor;

/** One extraction pipeline per process: building it loads the language models and the gazetteer. */
public class ExtractorProducer {

    @Produces
    @Singleton
    Extractor extractor() {
        return new Extractor();
    }
}
