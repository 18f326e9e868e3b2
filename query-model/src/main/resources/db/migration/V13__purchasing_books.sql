-- The read models of buying: the supplier directory ("supplier-directory"), the purchase book of requisitions and
-- purchase orders ("purchase-book"), the delivery risks ("delivery-risks"), the goods receipts ("goods-receipts"),
-- what stock is on order ("stock-on-order"), and the stock movements of receipts, returns and transfers
-- ("stock-levels"). Unless said otherwise, version is the sequence number of the last event of the row's aggregate
-- applied, so a redelivered event changes nothing.

-- One row per supplier as it now stands; offers is an object of the supplier's offers keyed by product id.
create table supplier_directory (
    supplier_id         uuid        primary key,
    code                text        not null,
    name                text        not null,
    country             text        not null,
    terms               jsonb       not null,
    active              boolean     not null default true,
    deactivation_reason text,
    offers              jsonb       not null default '{}',
    version             bigint      not null,
    registered_at       timestamptz not null,
    changed_at          timestamptz not null
);

create index supplier_directory_code on supplier_directory (code);

-- One row per purchase requisition (采购计划) as it now stands, with the purchase order line covering it.
create table requisition_book (
    requisition_id      uuid        primary key,
    contract_id         uuid        not null,
    contract_line       integer     not null,
    product_id          uuid        not null,
    quantity            numeric     not null,
    base_unit           text        not null,
    date_needed         date        not null,
    kind                text        not null,
    for_product         uuid,
    status              text        not null,
    purchase_order_id   uuid,
    purchase_order_line integer,
    cancellation_reason text,
    version             bigint      not null,
    raised_at           timestamptz not null,
    changed_at          timestamptz not null
);

create index requisition_book_contract on requisition_book (contract_id, contract_line);
create index requisition_book_status on requisition_book (status);

-- One row per purchase order as it now stands. status is derived from its lines after every change of them;
-- contract_ids are the contracts its lines' requisitions serve.
create table purchase_order_book (
    purchase_order_id uuid        primary key,
    supplier_id       uuid        not null,
    currency          text        not null,
    total_amount      numeric     not null,
    status            text        not null,
    confirmed         boolean     not null default false,
    contract_ids      uuid[]      not null default '{}',
    placed_by         text        not null,
    placed_on         date        not null,
    version           bigint      not null,
    placed_at         timestamptz not null,
    changed_at        timestamptz not null
);

create index purchase_order_book_placed on purchase_order_book (placed_at desc, purchase_order_id);
create index purchase_order_book_supplier on purchase_order_book (supplier_id);
create index purchase_order_book_status on purchase_order_book (status);
create index purchase_order_book_contracts on purchase_order_book using gin (contract_ids);

-- One row per purchase order line: the line as placed (jsonb), its promised date kept apart as it moves, and in
-- the line's unit what was ordered, accepted so far (less returns) and cancelled. Only changed together with its
-- order's version.
create table purchase_order_line (
    purchase_order_id uuid    not null,
    line_number       integer not null,
    line              jsonb   not null,
    ordered           numeric not null,
    promised_date     date    not null,
    accepted          numeric not null default 0,
    cancelled         numeric not null default 0,
    primary key (purchase_order_id, line_number)
);

-- One row per purchase order line and requisition it covers that was ever at risk (交期匹配), with every raise and
-- clear in history. version is the purchase order's sequence number of the last risk event of this row.
create table delivery_risk (
    purchase_order_id uuid        not null,
    line_number       integer     not null,
    requisition_id    uuid        not null,
    contract_id       uuid        not null,
    contract_line     integer     not null,
    supplier_id       uuid        not null,
    status            text        not null,
    days_late         integer     not null,
    date_needed       date        not null,
    promised_date     date        not null,
    history           jsonb       not null default '[]',
    version           bigint      not null,
    raised_at         timestamptz not null,
    changed_at        timestamptz not null,
    primary key (purchase_order_id, line_number, requisition_id)
);

create index delivery_risk_changed on delivery_risk (changed_at desc);
create index delivery_risk_contract on delivery_risk (contract_id);
create index delivery_risk_supplier on delivery_risk (supplier_id);

-- One row per goods receipt (收货) with its lines and the returns (退货) made from it.
create table goods_receipt_book (
    receipt_id        uuid        primary key,
    purchase_order_id uuid        not null,
    supplier_id       uuid        not null,
    warehouse         text        not null,
    lines             jsonb       not null,
    returns           jsonb       not null default '[]',
    received_by       text        not null,
    received_on       date        not null,
    version           bigint      not null,
    received_at       timestamptz not null,
    changed_at        timestamptz not null
);

create index goods_receipt_book_received on goods_receipt_book (received_at desc, receipt_id);
create index goods_receipt_book_order on goods_receipt_book (purchase_order_id);
create index goods_receipt_book_supplier on goods_receipt_book (supplier_id);

-- What is on order per purchase order line, in the line's unit, with the line's base quantity to convert it to the
-- product's base unit. version is the purchase order's sequence number, as in purchase_order_line.
create table stock_on_order (
    purchase_order_id uuid    not null,
    line_number       integer not null,
    product_id        uuid    not null,
    supplier_id       uuid    not null,
    ordered           numeric not null,
    base_quantity     numeric not null,
    base_unit         text    not null,
    accepted          numeric not null default 0,
    cancelled         numeric not null default 0,
    promised_date     date    not null,
    version           bigint  not null,
    primary key (purchase_order_id, line_number)
);

create index stock_on_order_product on stock_on_order (product_id);

-- Receipts, returns and transfers as stock movements. A transfer's row takes its quantity out of warehouse (in
-- on_hand_change) and puts it into to_warehouse, which the on hand per warehouse now counts too.
alter table stock_movement
    add column to_warehouse      text,
    add column purchase_order_id uuid,
    add column receipt_id        uuid;

create or replace view stock_level as
    select product_id, warehouse, sum(on_hand_change) as on_hand
      from (select product_id, warehouse, on_hand_change
              from stock_movement
             where warehouse is not null
            union all
            select product_id, to_warehouse, quantity
              from stock_movement
             where to_warehouse is not null) as moved
     group by product_id, warehouse;
