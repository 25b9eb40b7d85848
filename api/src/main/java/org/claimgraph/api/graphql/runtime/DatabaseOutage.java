package org.claimgraph.api.graphql.runtime;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Tells a failure to reach the database (down, restarting, refusing connections, no free connection in
 * time) from other failures, so that clients get a clear "try again" instead of a system error.
 */
final class DatabaseOutage {

    private DatabaseOutage() {}

    static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && isOutageState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutageState(String state) {
        return state != null
                && (state.startsWith("08") // connection exception
                        || state.startsWith("57P")); // PostgreSQL: shutting down, cannot connect now
    }
}
