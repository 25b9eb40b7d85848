package org.claimgraph.api.graphql.runtime;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses an answer whose data would be more than the limit's bytes of JSON: the client gets
 * RESPONSE_TOO_LARGE and no data rather than a download that ties up the server and the client. The size is
 * counted on the result as built (UTF-8 bytes of names and values, quotes and separators), stopping at the limit.
 */
final class ResponseSizeLimit extends SimplePerformantInstrumentation {

    private final long limit;

    ResponseSizeLimit(long limit) {
        this.limit = limit;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        boolean over = result.isDataPresent() && result.getData() != null && new Meter(limit).over(result.getData());
        return CompletableFuture.completedFuture(over ? tooLarge() : result);
    }

    private ExecutionResult tooLarge() {
        return new TooLarge(limit).toExecutionResult();
    }

    /** The client's error: the answer is larger than the limit. */
    static final class TooLarge extends AbortExecutionException {

        TooLarge(long limit) {
            super("the answer would be larger than " + limit + " bytes, the most a query may return;"
                    + " ask for smaller pages or fewer fields");
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", ErrorCodes.RESPONSE_TOO_LARGE);
        }
    }

    /** Adds up the JSON size of a value, stopping as soon as it passes the limit. */
    static final class Meter {

        private final long limit;
        private long bytes;

        Meter(long limit) {
            this.limit = limit;
        }

        boolean over(Object value) {
            add(value);
            return bytes > limit;
        }

        private void add(Object value) {
            if (bytes > limit) {
                return;
            }
            if (value instanceof Map<?, ?> map) {
                bytes += 2;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    bytes += string(String.valueOf(entry.getKey())) + 2;
                    add(entry.getValue());
                }
            } else if (value instanceof List<?> list) {
                bytes += 2;
                for (Object item : list) {
                    bytes += 1;
                    add(item);
                }
            } else if (value instanceof CharSequence text) {
                bytes += string(text);
            } else {
                bytes += String.valueOf(value).length();
            }
        }

        private static long string(CharSequence text) {
            long size = 2;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                size += c < 0x20
                        ? 6
                        : c == '"' || c == '\\' ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            return size;
        }
    }
}
