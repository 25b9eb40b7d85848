package org.claimgraph.api.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the instance listens for the articles other instances store (PostgreSQL only): a load balancer
 * that sent a subscriber to a new instance earlier could have it miss a claim stored elsewhere meanwhile.
 */
@Readiness
@ApplicationScoped
public class ClusterReadiness implements HealthCheck {

    @Inject
    PostgresGraphEvents events;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Listening for articles stored by other instances")
                .status(events.hearsOtherInstances())
                .build();
    }
}
