package com.tradeledger.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pull feed and the event table as a test reads them, to compare with what a receiver got. */
final class Feed {

    private final Api reader;
    private final JdbcClient jdbc;

    Feed(Api reader, JdbcClient jdbc) {
        this.reader = reader;
        this.jdbc = jdbc;
    }

    long tail() {
        return jdbc.sql("SELECT coalesce(max(globalindex), 0) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    /** The feed's events after the position with the query's filters, as JSON. */
    List<JsonNode> events(long after, String filters) {
        Api.Response page = reader.get("/api/v1/feed?limit=1000&after=" + after + filters);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        return events(page.body());
    }

    static List<JsonNode> events(JsonNode page) {
        return StreamSupport.stream(page.path("events").spliterator(), false).toList();
    }

    static List<String> ids(List<JsonNode> events) {
        return events.stream().map(event -> event.path("id").asText()).toList();
    }
}
