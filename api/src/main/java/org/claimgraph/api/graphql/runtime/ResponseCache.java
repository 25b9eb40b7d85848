package org.claimgraph.api.graphql.runtime;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.claimgraph.api.config.ClaimgraphConfig;
import org.claimgraph.api.events.GraphChanged;

/**
 * Results of read queries, kept a short while for clients that ask the same query again. A result is served
 * only while the graph has not changed in this instance since its execution began: every stored article moves
 * the graph's version on ({@link #graphChanged}), and a result is kept under the version read before it was
 * computed. Writes this instance does not see (another instance on the same PostgreSQL, the bulk ingester)
 * show after at most the time to live. Results with errors are never kept.
 * <p>{@code claimgraph.response-cache.ttl} (default 2 s; 0 turns the cache off) and
 * {@code claimgraph.response-cache.entries} (default 200). {@code claimgraph_response_cache_total{result}}
 * counts hits and misses.
 */
@ApplicationScoped
public class ResponseCache {

    private final AtomicLong version = new AtomicLong();
    private final Cache<String, Kept> results;
    private final boolean enabled;
    private final Counter hits;
    private final Counter misses;

    @Inject
    public ResponseCache(ClaimgraphConfig config, MeterRegistry registry) {
        Duration ttl = config.responseCache().ttl();
        this.enabled =
                !ttl.isZero() && !ttl.isNegative() && config.responseCache().entries() > 0;
        this.results = Caffeine.newBuilder()
                .expireAfterWrite(enabled ? ttl : Duration.ofMillis(1))
                .maximumSize(Math.max(0, config.responseCache().entries()))
                .build();
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder("claimgraph.response.cache")
                .description("Read queries answered from the cache or not")
                .tag("result", result)
                .register(registry);
    }

    boolean enabled() {
        return enabled;
    }

    /** The graph's version now: read it before computing a result to keep. */
    long version() {
        return version.get();
    }

    /** The result kept for this query at the current version, or null. */
    ExecutionResult get(String query) {
        Kept kept = results.getIfPresent(query);
        if (kept != null && kept.version() == version.get()) {
            hits.increment();
            return kept.result();
        }
        misses.increment();
        return null;
    }

    void put(String query, long computedAt, ExecutionResult result) {
        if (result.getErrors().isEmpty() && computedAt == version.get()) {
            results.put(query, new Kept(computedAt, result));
        }
    }

    /** Once an article is committed, no result computed before it is served again. */
    void onGraphChanged(@Observes GraphChanged change) {
        graphChanged();
    }

    void graphChanged() {
        version.incrementAndGet();
        results.invalidateAll();
    }

    private record Kept(long version, ExecutionResult result) {}
}
