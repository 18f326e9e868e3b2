-- The invoice and payment books, rebuilt from the invoice and payment events by the "billing-book" processing
-- group. version is the sequence number of the last event of the invoice (or payment) applied, so a redelivered
-- event changes nothing. Amounts are in the row's currency.

create table invoice_book (
    invoice_id               uuid        primary key,
    number                   text        not null,
    kind                     text        not null,
    contract_id              uuid        not null,
    shipment_id              uuid,
    customer_id              uuid        not null,
    salesperson              text        not null,
    currency                 text        not null,
    lines                    jsonb       not null default '[]',
    goods_total              numeric     not null,
    deposit_applied          numeric     not null,
    total                    numeric     not null,
    paid                     numeric     not null default 0,
    credited                 numeric     not null default 0,
    -- As the invoice's last payment or credit note left it: the command model's figure, not recomputed here.
    outstanding              numeric     not null,
    status                   text        not null,
    issued_on                date        not null,
    due_on                   date        not null,
    settled_on               date,
    dunning_level            integer     not null default 0,
    last_reminded_on         date,
    commission_agent         text,
    commission_rate          numeric,
    commission_accrued       numeric     not null default 0,
    commission_clawed_back   numeric     not null default 0,
    commission_paid          numeric     not null default 0,
    payments                 jsonb       not null default '[]',
    credit_notes             jsonb       not null default '[]',
    cancellation_reason      text,
    version                  bigint      not null,
    issued_at                timestamptz not null,
    changed_at               timestamptz not null
);

create index invoice_book_issued on invoice_book (issued_on desc, number desc);
create index invoice_book_customer on invoice_book (customer_id);
create index invoice_book_contract on invoice_book (contract_id);
create index invoice_book_status on invoice_book (status);

create table payment_book (
    payment_id          uuid        primary key,
    customer_id         uuid        not null,
    amount              numeric     not null,
    currency            text        not null,
    bank_reference      text        not null,
    received_on         date        not null,
    rate_to_functional  numeric     not null,
    functional_amount   numeric     not null,
    functional_currency text        not null,
    recorded_by         text        not null,
    allocations         jsonb       not null default '[]',
    credit_left         numeric     not null default 0,
    version             bigint      not null,
    recorded_at         timestamptz not null,
    changed_at          timestamptz not null
);

create index payment_book_received on payment_book (received_on desc, recorded_at desc, payment_id);
create index payment_book_customer on payment_book (customer_id);
