-- The payables book (应付), rebuilt from the supplier bill and supplier payment events by the "payables-book"
-- processing group. version is the sequence number of the last event of the bill (or payment) applied, so a
-- redelivered event changes nothing. Amounts are in the row's currency.

-- One row per supplier bill as it now stands. A bill is HELD from its recording until the three-way match makes
-- it payable; payments lists each part of a supplier payment that settled part of it, in order.
create table supplier_bill_book (
    bill_id                 uuid        primary key,
    supplier_id             uuid        not null,
    purchase_order_id       uuid        not null,
    supplier_invoice_number text        not null,
    currency                text        not null,
    lines                   jsonb       not null,
    mismatches              jsonb       not null default '[]',
    status                  text        not null,
    approved_by             text,
    approval_reason         text,
    total                   numeric     not null,
    paid                    numeric     not null default 0,
    -- As the bill's last payment left it: the command model's figure, not recomputed here.
    outstanding             numeric     not null,
    payments                jsonb       not null default '[]',
    billed_on               date        not null,
    due_on                  date        not null,
    recorded_by             text        not null,
    version                 bigint      not null,
    recorded_at             timestamptz not null,
    changed_at              timestamptz not null
);

create index supplier_bill_book_due on supplier_bill_book (due_on, bill_id);
create index supplier_bill_book_supplier on supplier_bill_book (supplier_id);
create index supplier_bill_book_order on supplier_bill_book (purchase_order_id);
create index supplier_bill_book_status on supplier_bill_book (status);

-- One row per payment made to a supplier. Its allocations are the bills' payments that name it.
create table supplier_payment_book (
    payment_id          uuid        primary key,
    supplier_id         uuid        not null,
    amount              numeric     not null,
    currency            text        not null,
    bank_reference      text        not null,
    paid_on             date        not null,
    rate_to_functional  numeric     not null,
    functional_amount   numeric     not null,
    functional_currency text        not null,
    recorded_by         text        not null,
    version             bigint      not null,
    recorded_at         timestamptz not null
);

create index supplier_payment_book_paid on supplier_payment_book (paid_on desc, recorded_at desc, payment_id);
create index supplier_payment_book_supplier on supplier_payment_book (supplier_id);
