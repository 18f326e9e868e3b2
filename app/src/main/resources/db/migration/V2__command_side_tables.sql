-- Command-side lookup tables for set-wide rules; written in the same transaction as the events they guard.
CREATE TABLE customer_registry (
    customer_id UUID         NOT NULL PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL UNIQUE,
    active      BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE product_registry (
    product_id UUID        NOT NULL PRIMARY KEY,
    sku        VARCHAR(40) NOT NULL UNIQUE
);

-- Responses to commands sent with an Idempotency-Key: a repeat gets the first answer and appends nothing.
CREATE TABLE idempotency_key (
    username      VARCHAR(64)  NOT NULL,
    key           VARCHAR(255) NOT NULL,
    request_hash  VARCHAR(64)  NOT NULL,
    status        INTEGER,
    location      VARCHAR(512),
    etag          VARCHAR(64),
    body          TEXT,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (username, key)
);
