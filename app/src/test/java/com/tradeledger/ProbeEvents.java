package com.tradeledger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Appends rows straight into the event table, as another node's transaction would, so a test decides when each
 * commits. Their payload type names no class, so the projections pass over them.
 */
public final class ProbeEvents {

    public static final String TYPE = "com.tradeledger.Probe";

    private final DataSource dataSource;

    public ProbeEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One probe in its own committed transaction. */
    public Appended append() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return insert(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A probe inserted on a connection whose transaction the caller commits or rolls back. */
    public static Appended insert(Connection connection) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                              payloadtype, payloadrevision, payload, metadata)
                VALUES (?, ?, 0, 'Probe', ?, ?, '1', ?, convert_to('{}', 'UTF8')) RETURNING globalindex""")) {
            insert.setString(1, id);
            insert.setString(2, id);
            insert.setString(3, Instant.now().toString());
            insert.setString(4, TYPE);
            insert.setBytes(5, ("{\"probe\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
            try (ResultSet position = insert.executeQuery()) {
                position.next();
                return new Appended(id, position.getLong(1));
            }
        }
    }

    /** A probe's event identifier and the position it drew. */
    public record Appended(String eventId, long position) {}
}
