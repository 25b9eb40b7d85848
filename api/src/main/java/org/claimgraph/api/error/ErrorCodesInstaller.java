package org.claimgraph.api.error;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Adds {@link IntLiterals} and {@link ErrorCodes} after the instrumentation SmallRye GraphQL configured (its query cache and the
 * depth and complexity limits), which the builder does not expose: a GraphQL built from it does.
 */
@ApplicationScoped
public class ErrorCodesInstaller {

    void install(@Observes GraphQL.Builder builder) {
        Instrumentation configured = builder.build().getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(List.of(configured, new IntLiterals(), new ErrorCodes())));
    }
}
