package org.claimgraph.api.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.claimgraph.api.error.InvalidArgumentException;

/**
 * Counts and times ingests by outcome, for {@code /q/metrics}: {@code claimgraph_ingest_seconds}
 * with the tag {@code outcome} = stored, duplicate, rejected (bad input) or failed.
 */
@ApplicationScoped
public class IngestMetrics {

    @Inject
    MeterRegistry registry;

    IngestOutcome timed(Supplier<IngestOutcome> ingest) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            IngestOutcome result = ingest.get();
            outcome = result.created() ? "stored" : "duplicate";
            return result;
        } catch (InvalidArgumentException e) {
            outcome = "rejected";
            throw e;
        } finally {
            sample.stop(Timer.builder("claimgraph.ingest")
                    .description("Article ingests, parse and store")
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }
}
