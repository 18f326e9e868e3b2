package com.tradeledger.audit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of the audit export: one event as stored, where it stands in the log and in its aggregate, who and when,
 * its payload and metadata both readable ({@code payload}, {@code metadata}) and as their exact stored bytes
 * ({@code storedPayload}, {@code storedMetadata}, base64), and its link in the hash chain ({@code link},
 * {@code previousHash}, {@code hash}), all {@code null} with {@code chained: false} while the chain has not reached
 * the event yet.
 *
 * <p>An auditor's tool recomputes the link as {@code SHA-256(hex(previousHash) || canonical)}, the canonical form
 * being nine fields, each a 4-byte big-endian length and its bytes (a {@code null} as length {@code 0xFFFFFFFF}):
 * {@code eventId}, {@code aggregateType}, {@code aggregateId}, {@code sequence} (decimal digits), {@code type},
 * {@code revision}, {@code time} (the text as given) in UTF-8, then the decoded {@code storedPayload} and
 * {@code storedMetadata}; and checks that a line's {@code previousHash} is the {@code hash} of link {@code link - 1}.
 */
record AuditLine(
        long position,
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequence,
        String type,
        String revision,
        String time,
        String username,
        String correlationId,
        JsonNode payload,
        JsonNode metadata,
        byte[] storedPayload,
        byte[] storedMetadata,
        boolean chained,
        Long link,
        String previousHash,
        String hash) {}
