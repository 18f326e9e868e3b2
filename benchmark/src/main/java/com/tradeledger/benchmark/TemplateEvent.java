package com.tradeledger.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One stored event of a template deal, as its row in {@code domainevententry}. */
record TemplateEvent(
        String eventIdentifier,
        String aggregateIdentifier,
        long sequenceNumber,
        String type,
        String timestamp,
        String payloadType,
        String payloadRevision,
        String payload,
        String metadata) {

    /** The events of a range of the global index, in log order. */
    static List<TemplateEvent> read(Connection connection, long from, long to) throws SQLException {
        List<TemplateEvent> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, payloadtype,"
                        + " payloadrevision, convert_from(payload, 'UTF8'), convert_from(metadata, 'UTF8')"
                        + " from domainevententry where globalindex between ? and ? order by globalindex")) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(new TemplateEvent(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getLong(3),
                            rows.getString(4),
                            rows.getString(5),
                            rows.getString(6),
                            rows.getString(7),
                            rows.getString(8),
                            rows.getString(9)));
                }
            }
        }
        return events;
    }
}
