package org.claimgraph.api.events;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Predicate;

/**
 * The stream of claims stored by ingests, for subscribers that are connected when they are stored
 * (a subscriber does not receive claims stored before it subscribed).
 */
@ApplicationScoped
public class ClaimEvents {

    private final BroadcastProcessor<ClaimAdded> processor = BroadcastProcessor.create();

    void onGraphChanged(@Observes GraphChanged change) {
        change.claims().forEach(processor::onNext);
    }

    public Multi<ClaimAdded> stream(Predicate<ClaimAdded> filter) {
        return processor.filter(filter);
    }
}
