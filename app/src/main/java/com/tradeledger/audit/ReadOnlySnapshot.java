package com.tradeledger.audit;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs a reading of the log and its chain in one read-only, repeatable-read transaction: one consistent state. */
final class ReadOnlySnapshot {

    private ReadOnlySnapshot() {}

    /** What a reading does with the connection. */
    @FunctionalInterface
    interface Reading<T> {
        T read(Connection connection) throws SQLException;
    }

    static <T> T read(Connection connection, Reading<T> reading) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return reading.read(connection);
        } finally {
            connection.rollback();
        }
    }
}
