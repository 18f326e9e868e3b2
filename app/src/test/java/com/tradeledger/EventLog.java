package com.tradeledger;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the event table directly, to prove what a request appended, or that it appended nothing. */
@Component
public class EventLog {

    private final JdbcClient jdbc;

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long size() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    /** Simple names of the event types stored for one aggregate, in order. */
    public List<String> typesOf(String aggregateId) {
        return jdbc
                .sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")
                .param(aggregateId)
                .query(String.class)
                .list()
                .stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }

    /** The stored metadata (JSON) of an aggregate's last event. */
    public String lastMetadataOf(String aggregateId) {
        return jdbc.sql("""
                        SELECT convert_from(metadata, 'UTF8') FROM domainevententry
                        WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1""").param(aggregateId).query(String.class).single();
    }

    /** The highest global position in the log, 0 when it is empty. */
    public long lastPosition() {
        return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    /** The correlation id of every event after this position, in global order; null where an event has none. */
    public List<String> correlationIdsAfter(long position) {
        return jdbc.sql("""
                        SELECT convert_from(metadata, 'UTF8')::jsonb ->> 'correlationId' FROM domainevententry
                        WHERE globalindex > ? ORDER BY globalindex""").param(position).query(String.class).list();
    }

    /** Simple names of the event types stored for these aggregates, in the log's global order. */
    public List<String> typesInOrder(List<String> aggregateIds) {
        return jdbc.sql("""
                        SELECT payloadtype FROM domainevententry WHERE aggregateidentifier IN (:ids)
                        ORDER BY globalindex""").param("ids", aggregateIds).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }
}
