-- Sales performance, targets (销售计划) and forecast (销售预测), by the "sales-performance" processing group.
-- sales_performance holds one row per salesperson, customer, product, month and currency, so that any roll-up is a
-- sum; product_id is the nil uuid for what is not per product (deposits, credit notes, collections, commissions).
-- month is the first day of the month. Amounts are in the row's currency; collected_functional is what the
-- payments were worth in the functional currency at their own recorded rates. The other tables are what the
-- projection remembers of quotes, contracts, invoices and payments to place later events, and what the forecast
-- reads. sales_performance_event_seen makes a redelivered event change nothing.
create table sales_performance_event_seen (
    event_id text primary key
);

create table sales_performance (
    salesperson          text    not null,
    customer_id          uuid    not null,
    product_id           uuid    not null,
    month                date    not null,
    currency             text    not null,
    quoted               numeric not null default 0,
    contracted           numeric not null default 0,
    shipped              numeric not null default 0,
    invoiced             numeric not null default 0,
    credited             numeric not null default 0,
    collected            numeric not null default 0,
    collected_functional numeric not null default 0,
    quotes_won           numeric not null default 0,
    quotes_lost          numeric not null default 0,
    commission_accrued   numeric not null default 0,
    commission_paid      numeric not null default 0,
    primary key (salesperson, month, customer_id, product_id, currency)
);

create index sales_performance_by_customer on sales_performance (customer_id, month);
create index sales_performance_by_product on sales_performance (product_id, month);
create index sales_performance_by_month on sales_performance (month);

create table sales_quote (
    quote_id     uuid primary key,
    customer_id  uuid not null,
    salesperson  text not null,
    currency     text not null,
    status       text not null,
    issued_on    date,
    valid_until  date,
    issued_total numeric,
    lines        jsonb not null default '[]',
    lost_on      date
);

create index sales_quote_open on sales_quote (valid_until) where status = 'OPEN';

create table sales_contract (
    contract_id uuid primary key,
    customer_id uuid not null,
    salesperson text not null,
    currency    text not null,
    status      text not null,
    signed_on   date not null
);

create table sales_contract_line (
    contract_id    uuid    not null references sales_contract on delete cascade,
    line_number    int     not null,
    product_id     uuid    not null,
    quantity       numeric not null,
    total          numeric not null,
    shipped        numeric not null default 0,
    shipped_value  numeric not null default 0,
    delivery_date  date,
    primary key (contract_id, line_number)
);

create table sales_invoice (
    invoice_id  uuid primary key,
    customer_id uuid not null,
    salesperson text not null,
    currency    text not null,
    issued_on   date not null,
    lines       jsonb not null,
    cancelled   boolean not null default false
);

create table sales_payment (
    payment_id          uuid primary key,
    received_on         date    not null,
    rate_to_functional  numeric not null,
    functional_currency text    not null
);

create table sales_target (
    salesperson text    not null,
    month       date    not null,
    amount      numeric not null,
    currency    text    not null,
    set_by      text    not null,
    primary key (salesperson, month)
);

create index sales_target_by_month on sales_target (month);
