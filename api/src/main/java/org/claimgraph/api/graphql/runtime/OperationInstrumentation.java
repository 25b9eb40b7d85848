package org.claimgraph.api.graphql.runtime;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Instrumentations that act on a whole operation (its document, validation, variables and result) and
 * never on single fields: SmallRye's depth and complexity limits, {@code FragmentExpansion},
 * {@code IntLiterals} and {@code ErrorCodes}. graphql-java's {@link ChainedInstrumentation} asks every
 * member at every field and object (begin fetch, complete, list complete...), building a list of
 * contexts each time: a fifth of a nested query's time on the event loop. Here the field hooks are
 * {@link SimplePerformantInstrumentation}'s, which graphql-java skips, and the operation hooks go to the chain.
 * <p>An instrumentation that needs field hooks (Apollo federated tracing, for one) must not be added here.
 */
final class OperationInstrumentation extends SimplePerformantInstrumentation {

    private final ChainedInstrumentation chain;

    OperationInstrumentation(List<Instrumentation> members) {
        this.chain = new ChainedInstrumentation(members);
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return chain.createStateAsync(parameters);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return chain.beginExecution(parameters, state);
    }

    @Override
    public InstrumentationContext<Document> beginParse(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return chain.beginParse(parameters, state);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        return chain.beginValidation(parameters, state);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        return chain.beginExecuteOperation(parameters, state);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(
            ExecutionInput input, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return chain.instrumentExecutionInput(input, parameters, state);
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(
            DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return chain.instrumentDocumentAndVariables(documentAndVariables, parameters, state);
    }

    @Override
    public GraphQLSchema instrumentSchema(
            GraphQLSchema schema, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return chain.instrumentSchema(schema, parameters, state);
    }

    @Override
    public ExecutionContext instrumentExecutionContext(
            ExecutionContext context, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return chain.instrumentExecutionContext(context, parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return chain.instrumentExecutionResult(result, parameters, state);
    }
}
