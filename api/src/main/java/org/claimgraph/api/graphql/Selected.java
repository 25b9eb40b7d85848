package org.claimgraph.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * What the field being resolved selects below it, so that the services read only what the answer shows: the
 * aliases of actors and places are a statement of their own, and most queries do not ask for them.
 */
final class Selected {

    private Selected() {}

    /**
     * Whether the field selects {@code aliases} on the actor or place it returns, or on the nodes of the
     * connection it returns; true when the selection cannot be told (outside a GraphQL field).
     */
    static boolean aliases(Context context) {
        DataFetchingEnvironment environment = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        return environment == null || environment.getSelectionSet().containsAnyOf("aliases", "edges/node/aliases");
    }
}
