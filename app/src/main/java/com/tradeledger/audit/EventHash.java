package com.tradeledger.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain's arithmetic, computable from a {@code domainevententry} row alone.
 *
 * <p><b>Canonical form of an event.</b> Nine fields of the stored row, in this order: {@code eventidentifier},
 * {@code type} (the aggregate type), {@code aggregateidentifier}, {@code sequencenumber}, {@code payloadtype},
 * {@code payloadrevision}, {@code timestamp}, {@code payload}, {@code metadata}. Each field is written as a 4-byte
 * big-endian length followed by that many bytes; a NULL column is written as the length {@code 0xFFFFFFFF} and no
 * bytes. Text columns are their stored text in UTF-8 (the timestamp as stored, e.g. {@code 2025-03-01T09:30:00.123Z});
 * the sequence number is its decimal digits in ASCII ({@code "0"}, {@code "17"}); payload and metadata are the stored
 * bytes, unparsed. The global index is not hashed: the chain's order covers it.
 *
 * <p><b>Chain.</b> {@code hash(1) = SHA-256(H0 || canonical(event 1))}, {@code hash(n) = SHA-256(hash(n-1) ||
 * canonical(event n))}, where {@code H0} is 32 zero bytes and each previous hash enters as its 32 raw bytes. Hashes
 * are shown as 64 lower-case hexadecimal digits.
 */
final class EventHash {

    /** The previous hash of the first link: 32 zero bytes. */
    static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private EventHash() {}

    /** The hash of the link that chains this event after the previous hash (hex). */
    static String next(String previousHash, StoredEvent event) {
        MessageDigest sha = sha256();
        sha.update(HEX.parseHex(previousHash));
        sha.update(canonical(event));
        return HEX.formatHex(sha.digest());
    }

    /** The canonical bytes of the event, as defined above. */
    static byte[] canonical(StoredEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, text(event.eventIdentifier()));
        field(out, text(event.aggregateType()));
        field(out, text(event.aggregateIdentifier()));
        field(out, text(Long.toString(event.sequenceNumber())));
        field(out, text(event.payloadType()));
        field(out, text(event.payloadRevision()));
        field(out, text(event.timestamp()));
        field(out, event.payload());
        field(out, event.metadata());
        return out.toByteArray();
    }

    /** SHA-256 of one field in its canonical encoding (length and bytes): says which part of a row changed. */
    static String fieldDigest(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, value);
        return HEX.formatHex(sha256().digest(out.toByteArray()));
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(
                ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException("every Java runtime provides SHA-256", absent);
        }
    }
}
