package com.tradeledger.audit;

/**
 * The chain recomputed by PostgreSQL alone, from the canonical form as documented (length-prefixed fields, NULL as
 * length -1, SHA-256 over the previous hash's bytes and the event's): an implementation that shares no code with
 * {@link EventHash}. Answers the number of links and how many of their stored hashes differ.
 */
final class IndependentRecomputation {

    static final String SQL = "WITH RECURSIVE canonical AS (SELECT c.link, c.hash AS stored, "
            + field("convert_to(e.eventidentifier, 'UTF8')") + " || "
            + field("convert_to(e.type, 'UTF8')") + " || "
            + field("convert_to(e.aggregateidentifier, 'UTF8')") + " || "
            + field("convert_to(e.sequencenumber::text, 'UTF8')") + " || "
            + field("convert_to(e.payloadtype, 'UTF8')") + " || "
            + field("convert_to(e.payloadrevision, 'UTF8')") + " || "
            + field("convert_to(e.timestamp, 'UTF8')") + " || "
            + field("e.payload") + " || "
            + field("e.metadata") + " AS bytes"
            + " FROM event_chain c JOIN domainevententry e ON e.globalindex = c.position),"
            + " chain AS (SELECT link, stored, sha256(decode(repeat('0', 64), 'hex') || bytes) AS hash"
            + " FROM canonical WHERE link = 1"
            + " UNION ALL SELECT next.link, next.stored, sha256(chain.hash || next.bytes)"
            + " FROM chain JOIN canonical next ON next.link = chain.link + 1)"
            + " SELECT count(*), count(*) FILTER (WHERE encode(hash, 'hex') <> stored) FROM chain";

    private IndependentRecomputation() {}

    private static String field(String bytes) {
        return "(CASE WHEN " + bytes + " IS NULL THEN '\\xffffffff'::bytea ELSE int4send(octet_length(" + bytes
                + ")) || " + bytes + " END)";
    }
}
