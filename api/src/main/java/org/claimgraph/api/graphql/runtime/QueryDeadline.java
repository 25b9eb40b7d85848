package org.claimgraph.api.graphql.runtime;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The time one query may execute. When it has passed, the client is answered QUERY_TIMEOUT at once and the
 * fields not yet fetched are not fetched (see {@link CachingQueryStrategy}): the work stops within one level
 * of the query rather than running on for a client that has been answered.
 */
final class QueryDeadline {

    private final long endNanos;

    private QueryDeadline(long endNanos) {
        this.endNanos = endNanos;
    }

    /** Starts the clock of this execution. */
    static QueryDeadline start(ExecutionContext context, Duration limit) {
        QueryDeadline deadline = new QueryDeadline(System.nanoTime() + limit.toNanos());
        context.getGraphQLContext().put(QueryDeadline.class, deadline);
        return deadline;
    }

    /** Whether the execution's time has run out (false for an execution without a deadline). */
    static boolean passed(ExecutionContext context) {
        QueryDeadline deadline = context.getGraphQLContext().get(QueryDeadline.class);
        return deadline != null && deadline.passed();
    }

    boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }

    /**
     * The execution's answer, or QUERY_TIMEOUT if it is not ready when the time runs out. An execution whose
     * fields are all fetched on the calling thread completes before this is asked: its answer, missing the
     * fields skipped after the deadline, is replaced too.
     */
    CompletableFuture<ExecutionResult> bounded(CompletableFuture<ExecutionResult> answer, Duration limit) {
        return answer.completeOnTimeout(
                        timedOut(limit), Math.max(0, endNanos - System.nanoTime()), TimeUnit.NANOSECONDS)
                .thenApply(result -> passed() ? timedOut(limit) : result);
    }

    private static ExecutionResult timedOut(Duration limit) {
        return new TimedOut(limit).toExecutionResult();
    }

    private static String describe(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /** The client's error: the query was stopped at the time limit. */
    static final class TimedOut extends AbortExecutionException {

        TimedOut(Duration limit) {
            super("the query ran longer than the " + describe(limit)
                    + " limit and was stopped; ask for smaller pages or fewer nested fields");
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ErrorCodes.TIMEOUT);
        }
    }
}
