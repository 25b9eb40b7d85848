package org.claimgraph.api.graphql.runtime;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * graphql-java's strategy for queries, answering a query asked again from the {@link ResponseCache}. The
 * document is still parsed, validated and held to the depth and complexity limits before this runs; only the
 * execution is skipped. The key is the query text, the operation name and the variables as sent.
 */
final class CachingQueryStrategy extends AsyncExecutionStrategy {

    private final Supplier<ResponseCache> cache;

    CachingQueryStrategy(DataFetcherExceptionHandler exceptionHandler, Supplier<ResponseCache> cache) {
        super(exceptionHandler);
        this.cache = cache;
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        ResponseCache results = cache.get();
        if (!results.enabled()) {
            return super.execute(context, parameters);
        }
        String key = keyOf(context.getExecutionInput());
        ExecutionResult kept = results.get(key);
        if (kept != null) {
            return CompletableFuture.completedFuture(kept);
        }
        long version = results.version();
        return super.execute(context, parameters).thenApply(result -> {
            results.put(key, version, result);
            return result;
        });
    }

    private static String keyOf(ExecutionInput input) {
        return input.getQuery() + '\u0000' + input.getOperationName() + '\u0000' + input.getVariables();
    }
}
