package org.claimgraph.api.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class WriteConflictTest {

    @Test
    void shouldRetryWhenAnotherIngestTookTheSameUniqueKey() {
        assertTrue(WriteConflict.isConflict(wrapped(new SQLException("duplicate key", "23505"))));
    }

    @Test
    void shouldRetryADeadlockOrALockThatTimedOut() {
        assertTrue(WriteConflict.isConflict(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(WriteConflict.isConflict(wrapped(new SQLException("serialization failure", "40001"))));
        assertTrue(WriteConflict.isConflict(wrapped(new SQLException("timeout trying to lock table", "HYT00"))));
    }

    @Test
    void shouldNotRetryABrokenNotNullOrForeignKeyWhichIsABug() {
        assertFalse(WriteConflict.isConflict(wrapped(new SQLException("null value in column", "23502"))));
        assertFalse(WriteConflict.isConflict(wrapped(new SQLException("violates foreign key", "23503"))));
        assertFalse(WriteConflict.isConflict(new IllegalStateException("no SQL state at all")));
    }

    /** As Hibernate hands it over: the SQL failure a few causes down. */
    private static RuntimeException wrapped(SQLException cause) {
        return new RuntimeException("could not execute statement", new IllegalStateException("flush", cause));
    }
}
