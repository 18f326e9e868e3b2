package com.tradeledger.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.tradeledger.shared.RowStreams;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes events of the log as JSON Lines ({@link AuditLine}), in global order, with their chain links, straight
 * from a cursor over {@code domainevententry} so that an export of any size never sits whole in memory. Two
 * selections: a period of event time, and a contract's whole story, whose members are the positions the
 * {@code order-history} projection linked to the contract from the events themselves.
 */
@Component
class AuditExport {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private static final String LINES = "SELECT " + StoredEvent.COLUMNS + ", c.link, c.previous_hash, c.hash"
            + " FROM domainevententry e LEFT JOIN event_chain c ON c.position = e.globalindex";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private final RowStreams rows;

    AuditExport(RowStreams rows) {
        this.rows = rows;
    }

    /** Events stamped from {@code from} (inclusive) to {@code to} (exclusive). */
    ResponseEntity<StreamingResponseBody> period(Instant from, Instant to) {
        return lines(
                "audit-" + from + "-" + to,
                LINES + " WHERE e.timestamp::timestamptz >= :from AND e.timestamp::timestamptz < :to"
                        + " ORDER BY e.globalindex",
                Map.of(
                        "from",
                        OffsetDateTime.ofInstant(from, ZoneOffset.UTC),
                        "to",
                        OffsetDateTime.ofInstant(to, ZoneOffset.UTC)));
    }

    /** The events of a contract's story across its aggregates. */
    ResponseEntity<StreamingResponseBody> contractStory(UUID contractId) {
        return lines(
                "audit-contract-" + contractId,
                LINES + " JOIN order_history_entry h ON h.position = e.globalindex"
                        + " WHERE h.contract_id = :contract ORDER BY e.globalindex",
                Map.of("contract", contractId));
    }

    private ResponseEntity<StreamingResponseBody> lines(String filename, String sql, Map<String, ?> parameters) {
        StreamingResponseBody body =
                output -> rows.forEach(sql, parameters, AuditExport::lineOf, line -> write(output, line));
        return ResponseEntity.ok()
                .contentType(NDJSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename.replace(':', '-') + ".jsonl")
                                .build()
                                .toString())
                .body(body);
    }

    private static AuditLine lineOf(ResultSet row, int number) throws SQLException {
        StoredEvent stored = StoredEvent.read(row, 1);
        long link = row.getLong(11);
        boolean chained = !row.wasNull();
        JsonNode metadata = readable(stored.metadata());
        return new AuditLine(
                stored.position(),
                stored.eventIdentifier(),
                stored.aggregateType(),
                stored.aggregateIdentifier(),
                stored.sequenceNumber(),
                stored.payloadType(),
                stored.payloadRevision(),
                stored.timestamp(),
                metadata.path("username").asText(null),
                metadata.path("correlationId").asText(null),
                readable(stored.payload()),
                metadata,
                stored.payload(),
                stored.metadata(),
                chained,
                chained ? link : null,
                row.getString(12),
                row.getString(13));
    }

    /** The stored bytes as JSON to read; {@code null} when they are not JSON (the stored bytes are still given). */
    private static JsonNode readable(byte[] stored) {
        if (stored == null) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(stored);
        } catch (IOException unreadable) {
            return JSON.nullNode();
        }
    }

    private static void write(OutputStream output, AuditLine line) {
        try {
            output.write(JSON.writeValueAsBytes(line));
            output.write('\n');
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
