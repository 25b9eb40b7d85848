package org.claimgraph.api.graphql.runtime;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Gives the errors graphql-java raises itself an {@code extensions.code}, as the API's own errors have:
 * GRAPHQL_VALIDATION_FAILED for a document that does not fit the schema or variables that do not fit the
 * document, GRAPHQL_PARSE_FAILED for a syntax error graphql-java reports itself, QUERY_TOO_DEEP
 * and QUERY_TOO_COMPLEX for a query over the depth or complexity limit, DATABASE_UNAVAILABLE when the
 * database cannot be reached. It also drops the "non null type"
 * error that only repeats, for the same field, an error the client already sees.
 */
final class ErrorCodes extends SimplePerformantInstrumentation {

    static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    static final String BAD_ARGUMENT = "BAD_USER_INPUT";
    static final String TOO_DEEP = "QUERY_TOO_DEEP";
    static final String TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    static final String TOO_COSTLY = "QUERY_TOO_COSTLY";
    static final String TIMEOUT = "QUERY_TIMEOUT";
    static final String RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";
    static final String DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE";

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream()
                .filter(error -> !repeats(error, result.getErrors()))
                .map(ErrorCodes::withCode)
                .toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    private static boolean repeats(GraphQLError error, List<GraphQLError> all) {
        return error instanceof NonNullableFieldWasNullError
                && all.stream()
                        .anyMatch(other -> other != error
                                && !(other instanceof NonNullableFieldWasNullError)
                                && (other.getPath() == null || Objects.equals(other.getPath(), error.getPath())));
    }

    private static GraphQLError withCode(GraphQLError error) {
        String code = hasCode(error) ? null : codeOf(error);
        if (code == null) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code);
        if (error instanceof ValidationError validation) { // SmallRye GraphQL adds its own keys to these
            return ValidationError.newValidationError()
                    .validationErrorType(validation.getValidationErrorType())
                    .description(validation.getDescription())
                    .queryPath(validation.getQueryPath())
                    .sourceLocations(validation.getLocations())
                    .extensions(extensions)
                    .build();
        }
        if (code.equals(DATABASE_UNAVAILABLE)) {
            return GraphqlErrorBuilder.newError()
                    .message("the database is unavailable; nothing was read or stored, try again in a moment")
                    .locations(error.getLocations())
                    .path(error.getPath())
                    .errorType(ErrorClassification.errorClassification(DATABASE_UNAVAILABLE))
                    .extensions(extensions)
                    .build();
        }
        if (error instanceof ExceptionWhileDataFetching fetching) { // a value that is not of its argument's type
            return GraphqlErrorBuilder.newError()
                    .message("an argument of "
                            + fetching.getPath().stream().map(String::valueOf).collect(Collectors.joining("."))
                            + " is not valid: "
                            + coercion(fetching.getException()).getMessage())
                    .locations(error.getLocations())
                    .path(error.getPath())
                    .errorType(ErrorType.ValidationError)
                    .extensions(extensions)
                    .build();
        }
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    private static String codeOf(GraphQLError error) {
        if (error.getErrorType() == ErrorType.ValidationError) {
            return VALIDATION_FAILED; // also the coercion of variables, which are not ValidationError instances
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return PARSE_FAILED;
        }
        if (error instanceof ExceptionWhileDataFetching fetching && isCoercion(fetching.getException())) {
            return BAD_ARGUMENT;
        }
        if (error instanceof ExceptionWhileDataFetching fetching && DatabaseOutage.isOutage(fetching.getException())) {
            return DATABASE_UNAVAILABLE;
        }
        if (error instanceof AbortExecutionException) {
            String message = error.getMessage() == null ? "" : error.getMessage();
            return message.startsWith("maximum query depth")
                    ? TOO_DEEP
                    : message.startsWith("maximum query complexity") ? TOO_COMPLEX : null;
        }
        return null;
    }

    private static boolean isCoercion(Throwable exception) {
        return coercion(exception) != null;
    }

    /** The exception in the chain that says why a value is not of its argument's type, or null. */
    private static Throwable coercion(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof CoercingParseLiteralException || t instanceof CoercingParseValueException) {
                return t;
            }
        }
        return null;
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }
}
