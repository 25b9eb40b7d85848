package org.claimgraph.api.store;

import java.sql.SQLException;

/**
 * Recognises the failures of a transaction that lost a race with another ingest: a unique key taken
 * a moment earlier (the same body, or an actor, place or proposition both articles introduce), a
 * deadlock or serialization failure, or a lock wait that timed out. Trying again is safe and will see
 * the other transaction's rows. Other integrity violations (a NOT NULL or foreign key broken) are
 * bugs, not races: they are not retried.
 */
public final class WriteConflict {

    /** SQL:2003, used by both H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private WriteConflict() {}

    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && isConflictState(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isConflictState(String state) {
        return state.equals(UNIQUE_VIOLATION)
                || state.startsWith("40") // serialization failure, deadlock
                || state.equals("HYT00") // H2: lock wait timed out
                || state.equals("55P03"); // PostgreSQL: lock not available
    }
}
