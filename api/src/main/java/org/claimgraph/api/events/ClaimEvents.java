package org.claimgraph.api.events;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * The stream of claims stored by ingests. A subscriber gets each claim stored while it is subscribed;
 * one that names the last claim it has seen ({@code since}) first gets the claims stored after that one
 * which are still among the last {@value #REPLAYED} kept here, so that it misses nothing stored between
 * its last look and its subscription (an ingest that ends just before the server registers it).
 */
@ApplicationScoped
public class ClaimEvents {

    /** How many of the latest claims a subscriber with {@code since} may still be given. */
    public static final int REPLAYED = 1000;

    private final Deque<ClaimAdded> latest = new ArrayDeque<>();
    private final List<MultiEmitter<? super ClaimAdded>> subscribers = new ArrayList<>();

    void onGraphChanged(@Observes GraphChanged change) {
        synchronized (this) {
            for (ClaimAdded added : change.claims()) {
                latest.addLast(added);
                if (latest.size() > REPLAYED) {
                    latest.removeFirst();
                }
                subscribers.forEach(subscriber -> subscriber.emit(added));
            }
        }
    }

    /**
     * The kept claims with an id above {@code sinceId} (none when it is null), then each claim stored from
     * now on, in the order they were stored; only those that match.
     */
    public Multi<ClaimAdded> stream(Predicate<ClaimAdded> filter, Long sinceId) {
        Multi<ClaimAdded> all = Multi.createFrom()
                .<ClaimAdded>emitter(
                        emitter -> {
                            synchronized (this) {
                                if (sinceId != null) {
                                    latest.stream()
                                            .filter(added -> added.claim().getId() > sinceId)
                                            .forEach(emitter::emit);
                                }
                                subscribers.add(emitter);
                            }
                            emitter.onTermination(() -> {
                                synchronized (this) {
                                    subscribers.remove(emitter);
                                }
                            });
                        },
                        REPLAYED * 2);
        return all.filter(filter);
    }
}
