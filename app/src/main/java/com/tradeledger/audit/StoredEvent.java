package com.tradeledger.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the event log ({@code domainevententry}) exactly as stored: the text columns as PostgreSQL returns them
 * and the payload and metadata as their stored bytes. This, and nothing deserialised, is what the chain hashes.
 */
record StoredEvent(
        long position,
        String eventIdentifier,
        String aggregateType,
        String aggregateIdentifier,
        long sequenceNumber,
        String payloadType,
        String payloadRevision,
        String timestamp,
        byte[] payload,
        byte[] metadata) {

    /** The columns {@link #read} expects, for a query over {@code domainevententry} aliased {@code e}. */
    static final String COLUMNS = "e.globalindex, e.eventidentifier, e.type, e.aggregateidentifier, e.sequencenumber,"
            + " e.payloadtype, e.payloadrevision, e.timestamp, e.payload, e.metadata";

    /** Reads the row from {@link #COLUMNS}, which start at the given column of the result set. */
    static StoredEvent read(ResultSet row, int first) throws SQLException {
        return new StoredEvent(
                row.getLong(first),
                row.getString(first + 1),
                row.getString(first + 2),
                row.getString(first + 3),
                row.getLong(first + 4),
                row.getString(first + 5),
                row.getString(first + 6),
                row.getString(first + 7),
                row.getBytes(first + 8),
                row.getBytes(first + 9));
    }
}
