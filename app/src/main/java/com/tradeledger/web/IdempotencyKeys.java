package com.tradeledger.web;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The responses given to commands sent with an {@code Idempotency-Key}, per user. Claiming a key inserts its row
 * in the command's own transaction, so a concurrent repeat waits for the first and then reads its answer.
 */
@Component
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the key for this request, or returns the answer already recorded under it. */
    Optional<Recorded> claim(String username, String key, String requestHash) {
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_key (username, key, request_hash) VALUES (?, ?, ?)
                        ON CONFLICT (username, key) DO NOTHING""").params(username, key, requestHash).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        Recorded recorded = jdbc.sql(
                        "SELECT request_hash, status, location, etag, body FROM idempotency_key WHERE username = ? AND key = ?")
                .params(username, key)
                .query((rs, row) -> new Recorded(
                        rs.getString("request_hash"),
                        rs.getInt("status"),
                        rs.getString("location"),
                        rs.getString("etag"),
                        rs.getString("body")))
                .single();
        if (!recorded.requestHash().equals(requestHash)) {
            throw new IdempotencyKeyReused(key);
        }
        return Optional.of(recorded);
    }

    void record(String username, String key, int status, String location, String etag, String body) {
        jdbc.sql(
                        "UPDATE idempotency_key SET status = ?, location = ?, etag = ?, body = ? WHERE username = ? AND key = ?")
                .params(status, location, etag, body, username, key)
                .update();
    }

    record Recorded(String requestHash, int status, String location, String etag, String body) {}
}
