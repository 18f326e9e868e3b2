-- The contract book read model, rebuilt from the contract events by the "contract-book" processing group, and
-- the shipment book, rebuilt from the shipment events by the "shipment-book" processing group.

-- One row per contract as it now stands. version is the sequence number of the last event of the contract
-- applied, so a redelivered event changes nothing, here or in the contract's lines.
create table contract_book (
    contract_id         uuid        primary key,
    quote_id            uuid        not null,
    quote_revision      integer     not null,
    customer_id         uuid        not null,
    salesperson         text        not null,
    currency            text        not null,
    incoterm            text        not null,
    named_place         text        not null,
    total_amount        numeric     not null,
    status              text        not null,
    payment_terms       jsonb,
    commission          jsonb,
    approval_reasons    jsonb       not null default '[]',
    submitted_by        text,
    approved_by         text,
    approval_note       text,
    rejected_by         text,
    rejection_reason    text,
    concluded_by        text        not null,
    concluded_on        date        not null,
    signed_by           text,
    signed_on           date,
    cancelled_by        text,
    cancellation_reason text,
    cancelled_on        date,
    completed_on        date,
    version             bigint      not null,
    concluded_at        timestamptz not null,
    changed_at          timestamptz not null
);

create index contract_book_concluded on contract_book (concluded_at desc, contract_id);
create index contract_book_customer on contract_book (customer_id);
create index contract_book_salesperson on contract_book (salesperson);
create index contract_book_status on contract_book (status);

-- One row per contract line: the line as concluded (jsonb, its delivery date kept apart as it is rescheduled),
-- and how much of it has been shipped, in the line's unit. Only changed together with its contract's version.
create table contract_line (
    contract_id      uuid    not null,
    line_number      integer not null,
    line             jsonb   not null,
    delivery_date    date,
    shipped_quantity numeric not null default 0,
    primary key (contract_id, line_number)
);

-- One row per shipment as it now stands, with its priced lines and the carrier, customs and insurance details.
-- Its value is the sum of its line totals, derived on read.
create table shipment_book (
    shipment_id         uuid        primary key,
    contract_id         uuid        not null,
    customer_id         uuid        not null,
    warehouse           text        not null,
    status              text        not null,
    lines               jsonb       not null default '[]',
    details             jsonb,
    planned_by          text        not null,
    shipped_by          text,
    shipped_on          date,
    cancellation_reason text,
    version             bigint      not null,
    planned_at          timestamptz not null,
    changed_at          timestamptz not null
);

create index shipment_book_planned on shipment_book (planned_at desc, shipment_id);
create index shipment_book_contract on shipment_book (contract_id);
create index shipment_book_status on shipment_book (status);
