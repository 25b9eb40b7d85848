package org.claimgraph.api;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.time.Duration;
import java.time.Instant;
import org.claimgraph.api.intake.CorpusLoader;

/**
 * Before each test of the app, waits until the corpus folder it loads in the background at start is
 * stored, so that no test counts or sees the loader's work half done.
 */
public class CorpusLoadedFirst implements QuarkusTestBeforeEachCallback {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        CorpusLoader loader = Arc.container().instance(CorpusLoader.class).get();
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!loader.progress().finished()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the corpus was not loaded within " + TIMEOUT);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
