package org.claimgraph.api.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimgraph.api.events.GraphChanged;

/**
 * How much the graph holds, for {@code /q/metrics}: {@code claimgraph_graph_size{kind="articles"}},
 * actors, claims, locations. Counted when scraped, at most once every few seconds, so that frequent
 * scrapes of a large graph cost the database nothing; an ingest through this instance makes the next
 * scrape count again.
 */
@ApplicationScoped
public class GraphSizeMetrics {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final Map<String, String> ENTITIES =
            Map.of("articles", "Article", "actors", "Actor", "claims", "Claim", "locations", "Location");

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    private final Map<String, Counted> counted = new ConcurrentHashMap<>();

    void register(@Observes StartupEvent event) {
        ENTITIES.forEach((kind, entity) -> Gauge.builder("claimgraph.graph.size", () -> size(kind, entity))
                .description("Rows stored, by kind")
                .tag("kind", kind)
                .register(registry));
    }

    void onGraphChanged(@Observes GraphChanged change) {
        counted.clear();
    }

    private double size(String kind, String entity) {
        long now = System.nanoTime();
        Counted last = counted.get(kind);
        if (last == null || now - last.at() > MAX_AGE.toNanos()) {
            last = new Counted(count(entity), now);
            counted.put(kind, last);
        }
        return last.rows();
    }

    @ActivateRequestContext
    long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class)
                .getSingleResult();
    }

    private record Counted(long rows, long at) {}
}
