package com.tradeledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradeledger.Api;
import com.tradeledger.LedgerTest;
import com.tradeledger.SalesFlow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hash chain over the whole log: kept by its processor, equal to a recomputation from the rows, and every kind
 * of tampering (each done inside a transaction that is rolled back) detected at the position where it happened.
 */
@LedgerTest
class EventChainTest {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void someEventsAreChained() {
        SalesFlow flow = new SalesFlow(port, LocalDate.now());
        flow.customer("50000");
        flow.product();
        flow.customer("20000");
        awaitChainCaughtUp();
    }

    @Test
    void an_untouched_log_verifies_intact_through_its_head() throws SQLException {
        ChainVerdict verdict = verify(null);

        assertThat(verdict.intact()).as("%s", verdict).isTrue();
        assertThat(verdict.firstBreak()).isNull();
        assertThat(verdict.eventsVerified()).isEqualTo(rows());
        assertThat(verdict.head().position()).isEqualTo(logHead());
        assertThat(verdict.head().hash()).isEqualTo(storedHead().hash());
    }

    @Test
    void the_processors_chain_equals_a_recomputation_from_the_rows_in_sql() {
        List<Long> linksAndMismatches = jdbc.sql(IndependentRecomputation.SQL)
                .query((row, number) -> List.of(row.getLong(1), row.getLong(2)))
                .single();

        assertThat(linksAndMismatches.get(0)).isEqualTo(rows());
        assertThat(linksAndMismatches.get(1))
                .as("links whose hash differs from SQL's")
                .isZero();
    }

    @Test
    void a_changed_payload_is_found_at_its_position() throws SQLException {
        long position = chainedPosition(2);

        ChainBreak broken = tampered(
                "UPDATE domainevententry SET payload = payload || '\\x20'::bytea WHERE globalindex = ?", position);

        assertThat(broken.problem()).isEqualTo(ChainProblem.PAYLOAD_CHANGED);
        assertThat(broken.position()).isEqualTo(position);
    }

    @Test
    void changed_metadata_is_found_at_its_position() throws SQLException {
        long position = chainedPosition(3);

        ChainBreak broken = tampered("""
                UPDATE domainevententry
                SET metadata = convert_to(jsonb_set(convert_from(metadata, 'UTF8')::jsonb,
                                                    '{username}', '"mallory"')::text, 'UTF8')
                WHERE globalindex = ?""", position);

        assertThat(broken.problem()).isEqualTo(ChainProblem.METADATA_CHANGED);
        assertThat(broken.position()).isEqualTo(position);
    }

    @Test
    void a_deleted_row_is_found_at_its_position() throws SQLException {
        long position = chainedPosition(2);

        ChainBreak broken = tampered("DELETE FROM domainevententry WHERE globalindex = ?", position);

        assertThat(broken.problem()).isEqualTo(ChainProblem.ROW_MISSING);
        assertThat(broken.position()).isEqualTo(position);
    }

    @Test
    void two_rows_swapped_are_found_at_the_first_of_them() throws SQLException {
        long first = chainedPosition(3);
        long second = chainedPosition(1);

        ChainBreak broken = tampered(
                step(
                        "UPDATE domainevententry SET eventidentifier = 'swap-' || eventidentifier"
                                + " WHERE globalindex IN (?, ?)",
                        first,
                        second),
                step("""
                        WITH pair AS (SELECT globalindex, substr(eventidentifier, 6) AS eventidentifier, payload
                                      FROM domainevententry WHERE globalindex IN (?, ?))
                        UPDATE domainevententry e
                        SET eventidentifier = other.eventidentifier, payload = other.payload
                        FROM pair other
                        WHERE e.globalindex IN (?, ?) AND other.globalindex <> e.globalindex""", first, second, first, second));

        assertThat(broken.problem()).isEqualTo(ChainProblem.ROWS_REORDERED);
        assertThat(broken.position()).isEqualTo(first);
        assertThat(broken.detail()).contains("position " + second);
    }

    @Test
    void an_event_inserted_below_the_head_is_found() throws SQLException {
        long position = chainedPosition(2);

        ChainBreak broken = tampered("""
                INSERT INTO domainevententry (globalindex, eventidentifier, aggregateidentifier, sequencenumber, type,
                                              timestamp, payloadtype, payloadrevision, payload, metadata)
                SELECT ?, 'forged-' || eventidentifier, aggregateidentifier, 999, type,
                       timestamp, payloadtype, payloadrevision, payload, metadata
                FROM domainevententry WHERE globalindex = ?""", -position, position);

        assertThat(broken.problem()).isEqualTo(ChainProblem.ROW_NOT_CHAINED);
        assertThat(broken.position()).isEqualTo(-position);
    }

    @Test
    void a_digest_recorded_earlier_still_verifies_after_more_events() throws SQLException {
        ChainDigest earlier = storedHead();
        new SalesFlow(port, LocalDate.now()).customer("10000");
        awaitChainCaughtUp();

        ChainVerdict verdict = verify(new RecordedDigest(earlier.position(), earlier.hash()));

        assertThat(verdict.intact()).as("%s", verdict).isTrue();
        assertThat(verdict.head().position()).isGreaterThan(earlier.position());
    }

    @Test
    void a_digest_the_log_no_longer_reaches_is_reported() throws SQLException {
        ChainDigest head = storedHead();
        String other = head.hash().startsWith("0")
                ? "1" + head.hash().substring(1)
                : "0" + head.hash().substring(1);

        ChainBreak mismatch = verify(new RecordedDigest(head.position(), other)).firstBreak();
        ChainBreak unknown = verify(new RecordedDigest(head.position() + 1_000_000, head.hash()))
                .firstBreak();

        assertThat(mismatch.problem()).isEqualTo(ChainProblem.DIGEST_MISMATCH);
        assertThat(mismatch.position()).isEqualTo(head.position());
        assertThat(unknown.problem()).isEqualTo(ChainProblem.DIGEST_NOT_FOUND);
    }

    @Test
    void positions_left_unused_by_rolled_back_appends_are_passed_over() throws SQLException {
        long skipped = jdbc.sql("SELECT nextval('domainevententry_globalindex_seq')")
                .query(Long.class)
                .single();
        new SalesFlow(port, LocalDate.now()).customer("10000");
        awaitChainCaughtUp();

        ChainVerdict verdict = verify(null);

        assertThat(verdict.intact()).as("%s", verdict).isTrue();
        assertThat(verdict.head().position()).isGreaterThan(skipped);
        assertThat(jdbc.sql("SELECT count(*) FROM event_chain WHERE position = ?")
                        .param(skipped)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void the_chain_cannot_be_rebuilt_through_the_administrators_endpoint() {
        Api.Response refused = Api.as(port, "admin").post("/api/v1/admin/projections/event-chain/rebuild", Map.of());

        assertThat(refused.code()).isEqualTo("not-a-projection");
    }

    @Test
    void auditors_and_administrators_read_the_digest_and_others_may_not() {
        ChainDigest head = storedHead();

        Api.Response audrey = Api.as(port, "audrey").get("/api/v1/audit/digest");

        assertThat(audrey.status()).isEqualTo(200);
        assertThat(audrey.body().get("position").asLong()).isEqualTo(head.position());
        assertThat(audrey.body().get("hash").asText()).isEqualTo(head.hash());
        assertThat(audrey.body().get("events").asLong()).isEqualTo(head.events());
        assertThat(Api.as(port, "admin").get("/api/v1/audit/digest").status()).isEqualTo(200);
        assertThat(Api.as(port, "sally").get("/api/v1/audit/digest").status()).isEqualTo(403);
        assertThat(Api.as(port, "max").get("/api/v1/audit/digest").status()).isEqualTo(403);
    }

    private ChainBreak tampered(String sql, Object... parameters) throws SQLException {
        return tampered(step(sql, parameters));
    }

    /** Tampers inside a transaction, verifies what the transaction sees, and rolls the tampering back. */
    private ChainBreak tampered(Step... steps) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (Step step : steps) {
                    try (PreparedStatement tampering = connection.prepareStatement(step.sql())) {
                        for (int index = 0; index < step.parameters().length; index++) {
                            tampering.setObject(index + 1, step.parameters()[index]);
                        }
                        assertThat(tampering.executeUpdate()).isPositive();
                    }
                }
                ChainVerdict verdict = new ChainVerifier(connection).verify(null);
                assertThat(verdict.intact()).isFalse();
                return verdict.firstBreak();
            } finally {
                connection.rollback();
            }
        }
    }

    private static Step step(String sql, Object... parameters) {
        return new Step(sql, parameters);
    }

    private record Step(String sql, Object[] parameters) {}

    private ChainVerdict verify(RecordedDigest recorded) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return ReadOnlySnapshot.read(connection, reading -> new ChainVerifier(reading).verify(recorded));
        }
    }

    private ChainDigest storedHead() {
        try (Connection connection = dataSource.getConnection()) {
            return new ChainVerifier(connection).head();
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** The global position of the n-th link from the head (1 = the head). */
    private long chainedPosition(int fromHead) {
        return jdbc.sql("SELECT position FROM event_chain ORDER BY link DESC OFFSET ? LIMIT 1")
                .param(fromHead - 1)
                .query(Long.class)
                .single();
    }

    private long rows() {
        return jdbc.sql("SELECT count(*) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    private long logHead() {
        return jdbc.sql("SELECT max(globalindex) FROM domainevententry")
                .query(Long.class)
                .single();
    }

    private void awaitChainCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            ChainDigest head = storedHead();
            return head.position() != null && head.position() == logHead() && head.events() == rows();
        });
    }

    @Test
    void auditors_verify_the_chain_over_http_and_a_forged_digest_is_reported() {
        Api audrey = Api.as(port, "audrey");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> audrey.post("/api/v1/audit/verify", "")
                        .body()
                        .path("intact")
                        .asBoolean());
        JsonNode digest = audrey.get("/api/v1/audit/digest").body();

        JsonNode checked = audrey.post(
                        "/api/v1/audit/verify",
                        Map.of(
                                "position",
                                digest.get("position").asLong(),
                                "hash",
                                digest.get("hash").asText()))
                .body();
        assertThat(checked.get("intact").asBoolean()).isTrue();
        JsonNode forged = audrey.post(
                        "/api/v1/audit/verify",
                        Map.of("position", digest.get("position").asLong(), "hash", "0".repeat(64)))
                .body();
        assertThat(forged.get("intact").asBoolean()).isFalse();
        assertThat(forged.at("/firstBreak/problem").asText()).isEqualTo("digest-mismatch");
        assertThat(Api.as(port, "admin").post("/api/v1/audit/verify", "").status())
                .isEqualTo(200);
        assertThat(Api.as(port, "sally").post("/api/v1/audit/verify", "").status())
                .isEqualTo(403);
    }
}
