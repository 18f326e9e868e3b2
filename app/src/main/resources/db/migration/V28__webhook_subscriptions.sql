-- Integrators' webhook subscriptions (Standard Webhooks). One row per subscription: where to POST, which events
-- (the pull feed's filters, comma-separated; empty = all), the signing secret, and how far delivery has come.
-- "position" is the global index of the last event delivered or passed over by the filters: every event after it
-- that matches is undelivered. A delivery worker claims a due ACTIVE row with SELECT ... FOR UPDATE SKIP LOCKED and
-- holds that lock while it POSTs one event, so no two nodes ever deliver for one subscription at once.
CREATE TABLE webhook_subscription (
    id                   UUID          NOT NULL,
    owner                VARCHAR(100)  NOT NULL,
    url                  VARCHAR(2000) NOT NULL,
    event_types          TEXT          NOT NULL DEFAULT '',
    aggregate_types      TEXT          NOT NULL DEFAULT '',
    description          VARCHAR(500),
    secret               VARCHAR(200)  NOT NULL,
    position             BIGINT        NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    consecutive_failures INTEGER       NOT NULL DEFAULT 0,
    last_error           VARCHAR(1000),
    last_failure_at      TIMESTAMPTZ,
    paused_at            TIMESTAMPTZ,
    next_attempt_at      TIMESTAMPTZ   NOT NULL,
    delivered            BIGINT        NOT NULL DEFAULT 0,
    last_delivered_at    TIMESTAMPTZ,
    created_at           TIMESTAMPTZ   NOT NULL,
    CONSTRAINT webhook_subscription_pkey PRIMARY KEY (id),
    CONSTRAINT webhook_subscription_status_check CHECK (status IN ('ACTIVE', 'PAUSED'))
);

CREATE INDEX webhook_subscription_due_idx ON webhook_subscription (next_attempt_at) WHERE status = 'ACTIVE';
CREATE INDEX webhook_subscription_owner_idx ON webhook_subscription (owner, created_at);
