package com.tradeledger.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The head of the log, and Axon's stored tokens ({@code tokenentry}, JSON by the Jackson serializer) for moving the
 * processes that must not act on cloned history to the head.
 */
final class Tokens {

    private final Connection connection;

    Tokens(Connection connection) {
        this.connection = connection;
    }

    long head() throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("select coalesce(max(globalindex), 0) from domainevententry");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Moves every segment of the group to the position, with no gaps: it skips what lies before. */
    static void moveTo(Connection connection, String group, long position) throws SQLException {
        String token = "{\"index\":" + position + ",\"gaps\":[]}";
        try (PreparedStatement statement = connection.prepareStatement(
                "update tokenentry set token = ?, tokentype = 'org.axonframework.eventhandling.GapAwareTrackingToken', owner = null"
                        + " where processorname = ?")) {
            statement.setBytes(1, token.getBytes(StandardCharsets.UTF_8));
            statement.setString(2, group);
            statement.executeUpdate();
        }
    }
}
