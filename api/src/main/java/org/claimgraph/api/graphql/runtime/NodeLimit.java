package org.claimgraph.api.graphql.runtime;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import java.util.List;
import java.util.Map;
import org.claimgraph.api.graphql.schema.paging.PageRequest;

/**
 * Refuses, before any field is fetched, an operation that may return more nodes than the limit, as GitHub's
 * node limit does. Each field that takes {@code first} returns at most that many nodes for each node of the
 * page it is nested in: its {@code first} (or its default, 20 when it has none) multiplied by the
 * {@code first} of every paged field above it. The worst case is the sum of these products over the operation
 * with its fragments expanded and each alias counted. A list without {@code first} counts once a parent.
 * <p>Runs after the depth and complexity limits, on graphql-java's normalized operation: variables and
 * defaults are already resolved there, and the operation has at most the complexity limit's fields.
 */
final class NodeLimit extends SimplePerformantInstrumentation {

    private static final int DEFAULT_PAGE = 20;

    private final long limit;

    NodeLimit(long limit) {
        this.limit = limit;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        long nodes = nodes(context.getNormalizedQueryTree().get().getTopLevelFields(), 1);
        if (nodes > limit) {
            throw new TooCostly(nodes, limit);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The worst-case nodes of these fields and the fields under them, each page repeated {@code times}. */
    static long nodes(List<ExecutableNormalizedField> fields, long times) {
        long total = 0;
        for (ExecutableNormalizedField field : fields) {
            long perParent = pageSize(field.getResolvedArguments());
            long here = perParent < 0 ? times : saturatedProduct(times, perParent);
            if (perParent >= 0) {
                total = saturatedSum(total, here);
            }
            total = saturatedSum(total, nodes(field.getChildren(), here));
        }
        return total;
    }

    /** The field's {@code first}, its default page when null, or -1 when the field is not paged. */
    private static long pageSize(Map<String, Object> arguments) {
        if (!arguments.containsKey("first")) {
            return -1;
        }
        if (!(arguments.get("first") instanceof Number first)) {
            return DEFAULT_PAGE;
        }
        // a larger page is refused with its range when the field is read: count what could be returned
        return Math.max(0, Math.min(first.longValue(), PageRequest.MAX_FIRST));
    }

    private static long saturatedProduct(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }

    private static long saturatedSum(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** The client's error: how many nodes the query may return and how many are allowed. */
    static final class TooCostly extends AbortExecutionException {

        TooCostly(long nodes, long limit) {
            super("maximum query cost exceeded: the query may return up to " + nodes + " nodes; at most " + limit
                    + " are allowed. Ask for smaller pages (first) or fewer nested connections");
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ErrorCodes.TOO_COSTLY);
        }
    }
}
