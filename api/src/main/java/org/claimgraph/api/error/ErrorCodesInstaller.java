package org.claimgraph.api.error;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Adds {@link FragmentExpansion}, {@link IntLiterals} and {@link ErrorCodes} after the instrumentation
 * SmallRye GraphQL configured (its query cache and the depth and complexity limits), which the builder
 * does not expose: a GraphQL built from it does.
 */
@ApplicationScoped
public class ErrorCodesInstaller {

    @ConfigProperty(name = "quarkus.smallrye-graphql.instrumentation-query-complexity", defaultValue = "1000")
    int maxComplexity;

    void install(@Observes GraphQL.Builder builder) {
        Instrumentation configured = builder.build().getInstrumentation();
        builder.instrumentation(new ChainedInstrumentation(List.of(configured, new FragmentExpansion(maxComplexity),
                new IntLiterals(), new ErrorCodes())));
    }
}
