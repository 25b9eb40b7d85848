package org.claimgraph.api.graphql.runtime;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Argument;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.NullValue;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import java.math.BigInteger;
import java.util.Map;

/**
 * Holds Int arguments to GraphQL's Int. SmallRye GraphQL's Int accepts any number or a numeric string
 * as a literal ({@code first: 1e3}, {@code first: 2.0}, {@code first: "5"}) and wraps an integer
 * outside 32 bits around ({@code first: 2147483648} arriving as -2147483648): both are refused here, so
 * an Int argument is an integer literal in range, a variable (validated as an Int) or null. The schema
 * has no other numeric input, so every integer literal is an Int.
 */
final class IntLiterals extends SimplePerformantInstrumentation {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(
            DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        IntValue outside = outsideInt(documentAndVariables.getDocument());
        if (outside != null) {
            throw new OutOfRange(outside.getValue());
        }
        return documentAndVariables;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        for (Argument argument : field.getField().getArguments()) {
                            GraphQLArgument definition =
                                    field.getFieldDefinition().getArgument(argument.getName());
                            if (definition != null && isInt(definition) && !isIntLiteral(argument.getValue())) {
                                throw new NotAnInt(argument.getName());
                            }
                        }
                    }
                });
        return super.beginExecuteOperation(parameters, state);
    }

    private static boolean isInt(GraphQLArgument argument) {
        return GraphQLTypeUtil.unwrapNonNull(argument.getType()) instanceof GraphQLNamedType type
                && type.getName().equals("Int");
    }

    private static boolean isIntLiteral(Node<?> value) {
        return value instanceof IntValue || value instanceof VariableReference || value instanceof NullValue;
    }

    private static IntValue outsideInt(Node<?> node) {
        if (node instanceof IntValue value
                && (value.getValue().compareTo(MIN) < 0 || value.getValue().compareTo(MAX) > 0)) {
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
            super(shown(value) + " is not an Int: an Int is between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE);
        }

        /** A number as long as a Long in full; a longer one (a client may send thousands of digits) by its length. */
        private static String shown(BigInteger value) {
            return value.bitLength() < Long.SIZE
                    ? value.toString()
                    : "an integer of " + value.abs().toString().length() + " digits";
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", "BAD_USER_INPUT");
        }
    }

    /** A float, string or other literal given to an Int argument. */
    static final class NotAnInt extends AbortExecutionException {

        NotAnInt(String argument) {
            super(argument + " must be an Int: an integer such as 20, without quotes, decimal point or exponent");
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", "BAD_USER_INPUT");
        }
    }
}
