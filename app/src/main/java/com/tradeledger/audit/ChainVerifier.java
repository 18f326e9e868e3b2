package com.tradeledger.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Recomputes the hash chain from the stored rows, link by link in the order it was written, over one JDBC
 * connection: the chain table fixes the order and the recorded hashes, the {@code domainevententry} rows supply every
 * byte that is hashed. Positions the log never used (rolled-back appends) have no row and no link and are passed over
 * alike. Plain JDBC, so the same code runs in the server and offline ({@link VerifyChain}).
 *
 * <p>Run it in one read-only, repeatable-read transaction, so that it sees one state of the log.
 */
final class ChainVerifier {

    private static final String WALK = "SELECT c.link, c.position, c.event_identifier, c.previous_hash, c.hash,"
            + " c.payload_digest, c.metadata_digest, c.chained_at, " + StoredEvent.COLUMNS
            + " FROM event_chain c LEFT JOIN domainevententry e ON e.globalindex = c.position ORDER BY c.link";

    private final Connection connection;

    ChainVerifier(Connection connection) {
        this.connection = connection;
    }

    /** The chain's head as recorded in its table. */
    ChainDigest head() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                        "SELECT position, hash, link, chained_at FROM event_chain ORDER BY link DESC LIMIT 1");
                ResultSet head = query.executeQuery()) {
            if (!head.next()) {
                return new ChainDigest(null, EventHash.GENESIS, 0, null);
            }
            return new ChainDigest(
                    head.getLong(1),
                    head.getString(2),
                    head.getLong(3),
                    head.getTimestamp(4).toInstant());
        }
    }

    /** Recomputes the whole chain, checking the recorded digest on the way if one is given. */
    ChainVerdict verify(RecordedDigest recorded) throws SQLException {
        String hash = EventHash.GENESIS;
        ChainDigest reached = new ChainDigest(null, hash, 0, null);
        ChainBreak broken = null;
        boolean digestSeen = false;
        try (PreparedStatement query = connection.prepareStatement(WALK)) {
            query.setFetchSize(500);
            try (ResultSet rows = query.executeQuery()) {
                while (broken == null && rows.next()) {
                    ChainLink link = ChainLink.read(rows);
                    StoredEvent row = rows.getObject(9) == null ? null : StoredEvent.read(rows, 9);
                    String recomputed = row == null ? null : EventHash.next(hash, row);
                    broken = compare(link, row, hash, recomputed);
                    if (broken == null && recorded != null && recorded.position() == link.position()) {
                        digestSeen = true;
                        broken = recorded.hash().equals(recomputed)
                                ? null
                                : new ChainBreak(
                                        link.position(),
                                        ChainProblem.DIGEST_MISMATCH,
                                        "the log up to this position no longer hashes to the recorded "
                                                + recorded.hash());
                    }
                    if (broken == null) {
                        hash = recomputed;
                        reached = new ChainDigest(link.position(), hash, link.link(), link.chainedAt());
                    }
                }
            }
        }
        ChainBreak first = earliest(broken, unchainedRow());
        if (first == null && recorded != null && !digestSeen) {
            first = new ChainBreak(
                    recorded.position(), ChainProblem.DIGEST_NOT_FOUND, "the chain holds no event at this position");
        }
        return new ChainVerdict(first == null, reached.events(), reached, recorded, first);
    }

    private ChainBreak compare(ChainLink link, StoredEvent row, String previous, String recomputed)
            throws SQLException {
        if (row == null) {
            return new ChainBreak(
                    link.position(),
                    ChainProblem.ROW_MISSING,
                    "event " + link.eventIdentifier() + " chained here is no longer in the log");
        }
        if (!row.eventIdentifier().equals(link.eventIdentifier())) {
            return chainedAt(row.eventIdentifier())
                    .map(elsewhere -> new ChainBreak(
                            link.position(),
                            ChainProblem.ROWS_REORDERED,
                            "holds event " + row.eventIdentifier() + ", chained at position " + elsewhere
                                    + ", instead of " + link.eventIdentifier()))
                    .orElseGet(() -> new ChainBreak(
                            link.position(),
                            ChainProblem.ROW_REPLACED,
                            "holds event " + row.eventIdentifier() + ", never chained, instead of "
                                    + link.eventIdentifier()));
        }
        if (recomputed.equals(link.hash()) && previous.equals(link.previousHash())) {
            return null;
        }
        return new ChainBreak(link.position(), whatChanged(link, row), "event " + link.eventIdentifier());
    }

    private static ChainProblem whatChanged(ChainLink link, StoredEvent row) {
        if (!EventHash.fieldDigest(row.payload()).equals(link.payloadDigest())) {
            return ChainProblem.PAYLOAD_CHANGED;
        }
        if (!EventHash.fieldDigest(row.metadata()).equals(link.metadataDigest())) {
            return ChainProblem.METADATA_CHANGED;
        }
        String recomputed = EventHash.next(link.previousHash(), row);
        return recomputed.equals(link.hash()) ? ChainProblem.CHAIN_RECORD_CHANGED : ChainProblem.HEADER_CHANGED;
    }

    private Optional<Long> chainedAt(String eventIdentifier) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT position FROM event_chain WHERE event_identifier = ?")) {
            query.setString(1, eventIdentifier);
            try (ResultSet found = query.executeQuery()) {
                return found.next() ? Optional.of(found.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The first row of the log, at or below the chain's head, that no link covers. */
    private ChainBreak unchainedRow() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT min(e.globalindex) FROM domainevententry e
                WHERE e.globalindex <= (SELECT max(position) FROM event_chain)
                  AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.event_identifier = e.eventidentifier)
                  AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.position = e.globalindex)""");
                ResultSet found = query.executeQuery()) {
            found.next();
            long position = found.getLong(1);
            return found.wasNull()
                    ? null
                    : new ChainBreak(
                            position, ChainProblem.ROW_NOT_CHAINED, "an event the chain never saw is in the log here");
        }
    }

    private static ChainBreak earliest(ChainBreak one, ChainBreak other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return other.position() < one.position() ? other : one;
    }

    /** One link as stored in the chain table. */
    private record ChainLink(
            long link,
            long position,
            String eventIdentifier,
            String previousHash,
            String hash,
            String payloadDigest,
            String metadataDigest,
            Instant chainedAt) {

        static ChainLink read(ResultSet row) throws SQLException {
            return new ChainLink(
                    row.getLong(1),
                    row.getLong(2),
                    row.getString(3),
                    row.getString(4),
                    row.getString(5),
                    row.getString(6),
                    row.getString(7),
                    row.getTimestamp(8).toInstant());
        }
    }
}
