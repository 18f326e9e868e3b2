-- Tamper evidence: a hash chain over the event log, one link per event, written by the single ordered processor
-- "event-chain" in the order it read the log. Each hash covers the previous hash and the event's row as stored
-- (see com.tradeledger.audit.EventHash for the canonical form); the payload and metadata digests only say which
-- part of a row changed when a link no longer matches.
CREATE TABLE event_chain (
    link             BIGINT       NOT NULL,
    position         BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    previous_hash    CHAR(64)     NOT NULL,
    hash             CHAR(64)     NOT NULL,
    payload_digest   CHAR(64)     NOT NULL,
    metadata_digest  CHAR(64)     NOT NULL,
    chained_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT event_chain_pkey PRIMARY KEY (link),
    CONSTRAINT event_chain_position_key UNIQUE (position),
    CONSTRAINT event_chain_event_identifier_key UNIQUE (event_identifier)
);
