package org.claimgraph.api.graphql.runtime;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.jboss.logging.Logger;

/**
 * Builds the GraphQL engine while the app starts, before the server listens. SmallRye GraphQL builds it at the first
 * request, on the event loop that received it: with the speed-ups {@link GraphQLSetup} installs that took seconds on a
 * busy machine, so the first client waited and Vert.x logged the event loop as blocked. One {@code __typename} query,
 * which reads no data, builds it here instead.
 */
@ApplicationScoped
public class EngineWarmUp {

    private static final Logger LOG = Logger.getLogger(EngineWarmUp.class);

    @Inject
    ExecutionService executionService;

    void onStart(@Observes StartupEvent event) {
        ExecutionResponse response = executionService.execute(
                Json.createObjectBuilder().add("query", "{ __typename }").build());
        if (response.getExecutionResult() == null
                || !response.getExecutionResult().getErrors().isEmpty()) {
            LOG.errorf("the GraphQL engine did not answer { __typename } at start: %s", response);
        }
    }
}
