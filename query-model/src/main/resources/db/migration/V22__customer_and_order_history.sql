-- Customer history (processing group "customer-history"): one row per event and customer it touched, keyed by the
-- event's global position; a page of one customer reads the primary key's (customer_id, position) order.
create table customer_history_entry (
    customer_id     uuid        not null,
    position        bigint      not null,
    event_type      text        not null,
    aggregate_type  text        not null,
    aggregate_id    text        not null,
    sequence_number bigint      not null,
    occurred_at     timestamptz not null,
    username        text,
    correlation_id  text,
    summary         text        not null,
    primary key (customer_id, position)
);

-- Which customer each quote, contract, shipment, invoice and payment (and the customer itself) belongs to, from the
-- aggregate's first event.
create table customer_history_subject (
    aggregate_id text primary key,
    customer_id  uuid not null
);

-- A merged duplicate and the customer it was merged into; a customer's history includes its duplicates', and theirs.
create table customer_history_merge (
    duplicate_id uuid primary key,
    survivor_id  uuid not null
);
create index customer_history_merge_survivor on customer_history_merge (survivor_id);

-- Order history (processing group "order-history"): one row per event and contract whose story it belongs to.
create table order_history_entry (
    contract_id     uuid        not null,
    position        bigint      not null,
    event_type      text        not null,
    aggregate_type  text        not null,
    aggregate_id    text        not null,
    sequence_number bigint      not null,
    occurred_at     timestamptz not null,
    username        text,
    correlation_id  text,
    summary         text        not null,
    primary key (contract_id, position)
);

-- The customer each contract was concluded with, for who may read its story.
create table order_history_contract (
    contract_id uuid primary key,
    customer_id uuid not null
);

-- Which contracts a quote, requisition, purchase order (and its lines), shipment, invoice or payment serves, as the
-- events established it.
create table order_history_link (
    subject_id  text not null,
    contract_id uuid not null,
    primary key (subject_id, contract_id)
);

-- Events of quotes and payments kept until they are linked to a contract (a quote's revisions before the contract
-- was concluded, a payment before its allocation was applied), then copied into each contract's story.
create table order_history_held (
    subject_id      text        not null,
    position        bigint      not null,
    event_type      text        not null,
    aggregate_type  text        not null,
    aggregate_id    text        not null,
    sequence_number bigint      not null,
    occurred_at     timestamptz not null,
    username        text,
    correlation_id  text,
    summary         text        not null,
    primary key (subject_id, position)
);
