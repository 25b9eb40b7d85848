package org.claimgraph.api.graphql.runtime;

import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Makes Quarkus's data fetchers once per operation instead of once per request. SmallRye GraphQL builds a
 * data loader for every batched field of the schema at the start of every request, each with a new fetcher
 * from the data fetcher services, and a new fetcher looks its Java method up by reflection: some forty
 * reflective look-ups per request, whatever the query. The fetchers are Quarkus's own, unchanged; they hold no
 * state of a request (the same instances already serve every request for the root fields). A SmallRye GraphQL
 * data fetcher service (found by {@link java.util.ServiceLoader}) asked before Quarkus's.
 */
public final class ReusedDataFetchers implements DataFetcherService {

    /** Before Quarkus's service (priority 1): SmallRye asks the services in ascending priority. */
    private static final int PRIORITY = 0;

    private final QuarkusDataFetcherService quarkus = new QuarkusDataFetcherService();
    /** One service per engine build; the fetchers of the last build are the ones in use. */
    private static final Map<Key, PlugableBatchableDataFetcher> MADE = new ConcurrentHashMap<>();

    /** An operation and its type, by identity (their own equality compares whole schema models). */
    private record Key(String kind, Operation operation, Type type) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.kind.equals(kind) && key.operation == operation && key.type == type;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * kind.hashCode() + System.identityHashCode(operation)) + System.identityHashCode(type);
        }
    }

    /** How many fetchers have been made so far: grows with the schema's operations, not with requests. */
    static int made() {
        return MADE.size();
    }

    @Override
    public Integer getPriority() {
        return PRIORITY;
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        return reused("default", operation, type, quarkus::getDefaultDataFetcher);
    }

    @Override
    public PlugableBatchableDataFetcher getUniDataFetcher(Operation operation, Type type) {
        return reused("uni", operation, type, quarkus::getUniDataFetcher);
    }

    @Override
    public PlugableBatchableDataFetcher getCompletionStageDataFetcher(Operation operation, Type type) {
        return reused("completion-stage", operation, type, quarkus::getCompletionStageDataFetcher);
    }

    private PlugableBatchableDataFetcher reused(
            String kind,
            Operation operation,
            Type type,
            BiFunction<Operation, Type, PlugableBatchableDataFetcher> make) {
        return MADE.computeIfAbsent(new Key(kind, operation, type), key -> make.apply(operation, type));
    }
}
