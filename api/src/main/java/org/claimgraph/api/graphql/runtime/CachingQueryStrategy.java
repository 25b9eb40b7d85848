package org.claimgraph.api.graphql.runtime;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FetchedValue;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * graphql-java's strategy for queries, answering a query asked again from the {@link ResponseCache} and
 * holding each execution to its {@link QueryDeadline}. The document is still parsed, validated and held to
 * the depth, complexity and node limits before this runs; only the execution is skipped. The cache key is the
 * query text, the operation name and the variables as sent.
 */
final class CachingQueryStrategy extends AsyncExecutionStrategy {

    private final Supplier<ResponseCache> cache;
    private final Duration timeout;

    CachingQueryStrategy(
            DataFetcherExceptionHandler exceptionHandler, Supplier<ResponseCache> cache, Duration timeout) {
        super(exceptionHandler);
        this.cache = cache;
        this.timeout = timeout;
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(
            ExecutionContext context, ExecutionStrategyParameters parameters) {
        ResponseCache results = cache.get();
        if (!results.enabled()) {
            return QueryDeadline.start(context, timeout).bounded(super.execute(context, parameters), timeout);
        }
        String key = keyOf(context.getExecutionInput());
        ExecutionResult kept = results.get(key);
        if (kept != null) {
            return CompletableFuture.completedFuture(kept);
        }
        long version = results.version();
        QueryDeadline deadline = QueryDeadline.start(context, timeout);
        return deadline.bounded(
                super.execute(context, parameters).thenApply(result -> {
                    if (!deadline.passed()) { // a late result lacks the fields skipped after the deadline
                        results.put(key, version, result);
                    }
                    return result;
                }),
                timeout);
    }

    /** Past the deadline a field is not fetched: null, so that nothing under it is fetched either. */
    @Override
    protected Object fetchField(ExecutionContext context, ExecutionStrategyParameters parameters) {
        if (QueryDeadline.passed(context)) {
            return new FetchedValue(null, List.of(), null);
        }
        return super.fetchField(context, parameters);
    }

    private static String keyOf(ExecutionInput input) {
        return input.getQuery() + '\u0000' + input.getOperationName() + '\u0000' + input.getVariables();
    }
}
