package com.tradeledger.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradeledger.security.Role;
import com.tradeledger.security.Staff;
import com.tradeledger.web.Forbidden;
import com.tradeledger.web.NotFound;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One aggregate's history for an auditor, read from the event store itself: every event of the customer, quote,
 * contract, purchase order, receipt, shipment, invoice… in order, with its global position, sequence, type, revision,
 * time, who issued the command, the request it belonged to, and the payload and metadata exactly as stored.
 */
@RestController
@RequestMapping("/api/v1/audit/aggregates")
class AggregateHistoryController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final Staff staff;

    AggregateHistoryController(JdbcClient jdbc, Staff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    @GetMapping("/{id}/events")
    AggregateHistory history(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) long fromSequence,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        if (!staff.currentUserHas(Role.AUDITOR) && !staff.currentUserHas(Role.ADMIN)) {
            throw new Forbidden("only auditors and administrators read the event store");
        }
        List<StoredEntry> events = jdbc.sql("""
                        select globalindex, eventidentifier, type, sequencenumber, payloadtype, payloadrevision,
                               timestamp, convert_from(payload, 'UTF8') as payload,
                               convert_from(metadata, 'UTF8') as metadata
                          from domainevententry
                         where aggregateidentifier = :id and sequencenumber >= :from
                         order by sequencenumber
                         limit :limit
                        """)
                .param("id", id)
                .param("from", fromSequence)
                .param("limit", limit)
                .query(AggregateHistoryController::entryOf)
                .list();
        if (events.isEmpty() && fromSequence == 0) {
            throw new NotFound("aggregate", id);
        }
        return new AggregateHistory(id, events.isEmpty() ? null : events.get(0).aggregateType(), events);
    }

    private static StoredEntry entryOf(ResultSet row, int number) throws SQLException {
        JsonNode metadata = parse(row.getString("metadata"));
        return new StoredEntry(
                row.getLong("globalindex"),
                row.getLong("sequencenumber"),
                row.getString("eventidentifier"),
                row.getString("type"),
                row.getString("payloadtype"),
                row.getString("payloadrevision"),
                row.getString("timestamp"),
                metadata.path("username").asText(null),
                metadata.path("correlationId").asText(null),
                parse(row.getString("payload")),
                metadata);
    }

    private static JsonNode parse(String stored) {
        try {
            return stored == null ? JSON.nullNode() : JSON.readTree(stored);
        } catch (JsonProcessingException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** An aggregate's events as stored, oldest first. */
    record AggregateHistory(String aggregateId, String aggregateType, List<StoredEntry> events) {}

    /** One stored event: where it stands in the log and in its aggregate, who and when, and its stored content. */
    record StoredEntry(
            long position,
            long sequence,
            String eventId,
            String aggregateType,
            String type,
            String revision,
            String time,
            String username,
            String correlationId,
            JsonNode payload,
            JsonNode metadata) {}
}
