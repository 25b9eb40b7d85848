package org.claimgraph.api.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the corpus folder is being loaded at start: a new instance answers, but not yet with all of it. */
@Readiness
@ApplicationScoped
public class CorpusReadiness implements HealthCheck {

    @Inject
    CorpusLoader corpus;

    @Override
    public HealthCheckResponse call() {
        CorpusLoader.Progress progress = corpus.progress();
        return HealthCheckResponse.named("Corpus loaded at start")
                .status(progress.finished())
                .withData("articleFiles", progress.files())
                .withData("done", progress.done())
                .build();
    }
}
