package org.claimgraph.api.persistence;

import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

/**
 * The entity manager of whichever persistence unit is active (H2 or PostgreSQL, chosen by
 * configuration at start), so that repositories inject a plain {@link EntityManager}. The session
 * Quarkus hands out is a proxy bound to the current transaction, so one instance serves all callers.
 */
@Singleton
public class ActiveDatabase {

    @Inject
    @Any
    InjectableInstance<Session> sessions;

    @Produces
    @Singleton
    EntityManager entityManager() {
        return sessions.getActive();
    }
}
