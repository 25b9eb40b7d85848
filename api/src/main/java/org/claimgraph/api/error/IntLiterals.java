package org.claimgraph.api.error;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.IntValue;
import graphql.language.Node;
import java.math.BigInteger;
import java.util.Map;

/**
 * Refuses an integer literal outside GraphQL's 32-bit Int, which SmallRye GraphQL would otherwise wrap
 * around ({@code first: 2147483648} arriving as -2147483648). The schema has no other numeric input, so
 * every integer literal is an Int.
 */
public final class IntLiterals extends SimplePerformantInstrumentation {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        IntValue outside = outsideInt(documentAndVariables.getDocument());
        if (outside != null) {
            throw new OutOfRange(outside.getValue());
        }
        return documentAndVariables;
    }

    private static IntValue outsideInt(Node<?> node) {
        if (node instanceof IntValue value && (value.getValue().compareTo(MIN) < 0 || value.getValue().compareTo(MAX) > 0)) {
            return value;
        }
        for (Node<?> child : node.getChildren()) {
            IntValue found = outsideInt(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The client's error, with the API's code for a bad argument. */
    static final class OutOfRange extends AbortExecutionException {

        OutOfRange(BigInteger value) {
            super(value + " is not an Int: an Int is between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", "BAD_USER_INPUT");
        }
    }
}
