package com.tradeledger.webhooks;

import com.tradeledger.feed.FeedFilter;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The webhook subscriptions table: registration, reading, and what delivery records after each attempt. */
@Component
class Subscriptions {

    private static final String COLUMNS = "id, owner, url, event_types, aggregate_types, description, secret, position,"
            + " status, consecutive_failures, last_error, last_failure_at, paused_at, next_attempt_at, delivered,"
            + " last_delivered_at, created_at";

    private final NamedParameterJdbcTemplate jdbc;

    Subscriptions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Subscription subscription) {
        jdbc.update(
                """
                INSERT INTO webhook_subscription (id, owner, url, event_types, aggregate_types, description, secret,
                                                  position, status, next_attempt_at, created_at)
                VALUES (:id, :owner, :url, :eventTypes, :aggregateTypes, :description, :secret,
                        :position, 'ACTIVE', :createdAt, :createdAt)""",
                new MapSqlParameterSource()
                        .addValue("id", subscription.id())
                        .addValue("owner", subscription.owner())
                        .addValue("url", subscription.url().toString())
                        .addValue(
                                "eventTypes",
                                String.join(",", subscription.filter().eventTypes()))
                        .addValue(
                                "aggregateTypes",
                                String.join(",", subscription.filter().aggregateTypes()))
                        .addValue("description", subscription.description())
                        .addValue("secret", subscription.secret().value())
                        .addValue("position", subscription.position())
                        .addValue("createdAt", Timestamp.from(subscription.createdAt())));
    }

    Optional<Subscription> find(UUID id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = :id",
                        params(id),
                        Subscriptions::row)
                .stream()
                .findFirst();
    }

    /** Every subscription, or only the owner's when one is named, oldest first. */
    List<Subscription> list(Optional<String> owner) {
        return owner.map(name -> jdbc.query(
                        "SELECT " + COLUMNS + " FROM webhook_subscription WHERE owner = :owner ORDER BY created_at, id",
                        new MapSqlParameterSource("owner", name),
                        Subscriptions::row))
                .orElseGet(() -> jdbc.query(
                        "SELECT " + COLUMNS + " FROM webhook_subscription ORDER BY created_at, id",
                        Subscriptions::row));
    }

    boolean remove(UUID id) {
        return jdbc.update("DELETE FROM webhook_subscription WHERE id = :id", params(id)) == 1;
    }

    void replaceSecret(UUID id, WebhookSecret secret) {
        jdbc.update(
                "UPDATE webhook_subscription SET secret = :secret WHERE id = :id",
                params(id).addValue("secret", secret.value()));
    }

    /** Active again from its stored position, due at once, with its failure count cleared. */
    void resume(UUID id, Instant now) {
        jdbc.update("""
                UPDATE webhook_subscription SET status = 'ACTIVE', consecutive_failures = 0, paused_at = NULL,
                                                next_attempt_at = :now
                WHERE id = :id""", params(id).addValue("now", Timestamp.from(now)));
    }

    /**
     * Locks the active subscription due longest ago, skipping those another worker or node holds; the lock lasts
     * until the caller's transaction ends.
     */
    Optional<Subscription> claimDue(Instant now) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM webhook_subscription WHERE status = 'ACTIVE'"
                                + " AND next_attempt_at <= :now ORDER BY next_attempt_at LIMIT 1"
                                + " FOR UPDATE SKIP LOCKED",
                        new MapSqlParameterSource("now", Timestamp.from(now)),
                        Subscriptions::row)
                .stream()
                .findFirst();
    }

    /** Nothing to deliver yet: moves past events the filters leave out and looks again at {@code next}. */
    void idle(UUID id, long position, Instant next) {
        jdbc.update(
                "UPDATE webhook_subscription SET position = greatest(position, :position), next_attempt_at = :next"
                        + " WHERE id = :id",
                params(id).addValue("position", position).addValue("next", Timestamp.from(next)));
    }

    void delivered(UUID id, long position, Instant now) {
        jdbc.update("""
                UPDATE webhook_subscription SET position = :position, consecutive_failures = 0, delivered = delivered + 1,
                                                last_delivered_at = :now, next_attempt_at = :now
                WHERE id = :id""", params(id).addValue("position", position).addValue("now", Timestamp.from(now)));
    }

    void failed(UUID id, String error, Instant now, Instant retryAt, boolean pause) {
        jdbc.update(
                """
                UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1, last_error = :error,
                       last_failure_at = :now, next_attempt_at = :retryAt,
                       status = CASE WHEN :pause THEN 'PAUSED' ELSE status END,
                       paused_at = CASE WHEN :pause THEN :now ELSE paused_at END
                WHERE id = :id""",
                params(id)
                        .addValue("error", error.length() > 1000 ? error.substring(0, 1000) : error)
                        .addValue("now", Timestamp.from(now))
                        .addValue("retryAt", Timestamp.from(retryAt))
                        .addValue("pause", pause));
    }

    private static MapSqlParameterSource params(UUID id) {
        return new MapSqlParameterSource("id", id);
    }

    private static Subscription row(ResultSet row, int n) throws SQLException {
        return new Subscription(
                row.getObject("id", UUID.class),
                row.getString("owner"),
                URI.create(row.getString("url")),
                new FeedFilter(names(row.getString("event_types")), names(row.getString("aggregate_types"))),
                row.getString("description"),
                new WebhookSecret(row.getString("secret")),
                row.getLong("position"),
                SubscriptionStatus.valueOf(row.getString("status")),
                row.getInt("consecutive_failures"),
                row.getString("last_error"),
                instant(row, "last_failure_at"),
                instant(row, "paused_at"),
                instant(row, "next_attempt_at"),
                row.getLong("delivered"),
                instant(row, "last_delivered_at"),
                instant(row, "created_at"));
    }

    private static List<String> names(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
