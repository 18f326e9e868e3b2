-- Stock levels kept as running sums beside the movements that make them, so that one product's stock and the stock
-- list are read without summing every movement of a product. The "stock-levels" processing group adds each movement's
-- change in the transaction that records the movement, and only when the movement is new (its event id not seen
-- before), so a redelivered event changes no sum. Its reset empties them with the movements.

-- Per product: the totals, the base unit of its last count, and its last stock event's sequence number and time.
create table stock_product (
    product_id uuid        primary key,
    base_unit  text,
    on_hand    numeric     not null default 0,
    reserved   numeric     not null default 0,
    version    bigint      not null,
    changed_at timestamptz not null
);

-- Per product and warehouse that stock ever moved in or out of: what it has on hand (zero once emptied).
create table stock_on_hand (
    product_id uuid    not null,
    warehouse  text    not null,
    on_hand    numeric not null,
    primary key (product_id, warehouse)
);

create index stock_on_hand_warehouse on stock_on_hand (warehouse, product_id);

-- Per product and contract line: what is still reserved; a line whose reservation is used up or released is removed.
create table stock_reserved (
    product_id    uuid    not null,
    contract_id   uuid    not null,
    contract_line integer not null,
    quantity      numeric not null,
    primary key (product_id, contract_id, contract_line)
);

-- The same views for analysts' SQL, now over the sums.
create or replace view stock_level as
    select product_id, warehouse, on_hand from stock_on_hand;

create or replace view stock_reservation as
    select product_id, contract_id, contract_line, quantity from stock_reserved;

-- The sums of the movements already recorded, so that no replay is needed.
insert into stock_on_hand (product_id, warehouse, on_hand)
    select product_id, warehouse, sum(on_hand_change)
      from (select product_id, warehouse, on_hand_change from stock_movement where warehouse is not null
            union all
            select product_id, to_warehouse, quantity from stock_movement where to_warehouse is not null) as moved
     group by product_id, warehouse;

insert into stock_reserved (product_id, contract_id, contract_line, quantity)
    select product_id, contract_id, contract_line, sum(reserved_change)
      from stock_movement
     where contract_id is not null
     group by product_id, contract_id, contract_line
    having sum(reserved_change) <> 0;

insert into stock_product (product_id, base_unit, on_hand, reserved, version, changed_at)
    select m.product_id,
           (select counts.base_unit from stock_movement counts
             where counts.product_id = m.product_id and counts.base_unit is not null
             order by counts.sequence desc limit 1),
           coalesce((select sum(h.on_hand) from stock_on_hand h where h.product_id = m.product_id), 0),
           coalesce((select sum(r.quantity) from stock_reserved r where r.product_id = m.product_id), 0),
           max(m.sequence), max(m.occurred_at)
      from stock_movement m
     group by m.product_id;

-- Delivery risks in their default order, the latest changed first, as the sorted list asks for it.
drop index delivery_risk_changed;
create index delivery_risk_changed on delivery_risk (changed_at desc nulls last, purchase_order_id, line_number,
    requisition_id);
