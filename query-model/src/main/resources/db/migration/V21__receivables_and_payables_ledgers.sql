-- Receivables (应收) for analysts, by the "receivables" processing group: one row per invoice as it now stands, the
-- customers' codes, names, owning salespeople and merges (joined when read, so that the order in which customer and
-- invoice events arrive does not matter), and every movement of an invoice's balance with its date, so that the
-- ageing as it stood on a past day is the sum of the movements up to that day. Rows are guarded by the invoice's or
-- customer's event sequence number; movements are keyed by it, so a redelivered event changes nothing.
create table receivable_customer (
    customer_id uuid   primary key,
    code        text,
    name        text,
    salesperson text,
    merged_into uuid,
    version     bigint not null
);

create index receivable_customer_merged_into on receivable_customer (merged_into) where merged_into is not null;
create index receivable_customer_salesperson on receivable_customer (salesperson);

create table receivable_invoice (
    invoice_id    uuid        primary key,
    number        text        not null,
    kind          text        not null,
    contract_id   uuid        not null,
    customer_id   uuid        not null,
    salesperson   text        not null,
    currency      text        not null,
    total         numeric     not null,
    paid          numeric     not null,
    credited      numeric     not null,
    outstanding   numeric     not null,
    issued_on     date        not null,
    due_on        date        not null,
    dunning_level integer     not null,
    status        text        not null,
    version       bigint      not null,
    changed_at    timestamptz not null
);

-- The ageing summary reads only open invoices, grouped by due date and currency: an index-only scan.
create index receivable_invoice_open on receivable_invoice (due_on, currency)
    include (outstanding, customer_id) where outstanding > 0;
create index receivable_invoice_open_customer on receivable_invoice (customer_id) where outstanding > 0;

create table receivable_movement (
    invoice_id        uuid    not null,
    sequence          bigint  not null,
    kind              text    not null,
    on_date           date    not null,
    outstanding_delta numeric not null,
    paid              numeric not null,
    credited          numeric not null,
    dunning_level     integer,
    primary key (invoice_id, sequence)
);

create index receivable_movement_on_date on receivable_movement (on_date) include (invoice_id, outstanding_delta);

-- Payables (应付) for analysts, by the "payables-ledger" processing group: the same per supplier bill.
create table payable_supplier (
    supplier_id uuid   primary key,
    code        text,
    name        text,
    version     bigint not null
);

create table payable_bill (
    bill_id                 uuid        primary key,
    supplier_id             uuid        not null,
    purchase_order_id       uuid        not null,
    supplier_invoice_number text        not null,
    currency                text        not null,
    total                   numeric     not null,
    paid                    numeric     not null,
    outstanding             numeric     not null,
    billed_on               date        not null,
    due_on                  date        not null,
    status                  text        not null,
    version                 bigint      not null,
    changed_at              timestamptz not null
);

create index payable_bill_open on payable_bill (due_on, currency)
    include (outstanding, supplier_id) where outstanding > 0;
create index payable_bill_open_supplier on payable_bill (supplier_id) where outstanding > 0;

create table payable_movement (
    bill_id           uuid    not null,
    sequence          bigint  not null,
    kind              text    not null,
    on_date           date    not null,
    outstanding_delta numeric not null,
    paid              numeric not null,
    primary key (bill_id, sequence)
);

create index payable_movement_on_date on payable_movement (on_date) include (bill_id, outstanding_delta);
