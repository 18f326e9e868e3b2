-- The stock levels read model (库存), rebuilt from the stock events by the "stock-levels" processing group.

-- One row per event that moved a product's stock, keyed by the event's identifier: a redelivered event is
-- the same row, so it changes nothing. Levels are sums over these rows, never stored a second time, so no
-- stored level can disagree with the movements that make it.
--   on_hand_change:  what the event did to the warehouse's on hand (a count's difference, an issue's quantity
--                    taken out); zero for reservations and releases.
--   reserved_change: what the event did to the contract line's reservation (reserved in, released out, the
--                    part of an issue taken from the reservation out); zero for counts.
create table stock_movement (
    event_id        text        primary key,
    product_id      uuid        not null,
    sequence        bigint      not null,
    kind            text        not null,
    quantity        numeric     not null,
    counted         numeric,
    -- Counts only: the product's base unit, in which every quantity of its stock is given.
    base_unit       text,
    warehouse       text,
    contract_id     uuid,
    contract_line   integer,
    shipment_id     uuid,
    reason          text,
    on_hand_change  numeric     not null,
    reserved_change numeric     not null,
    occurred_at     timestamptz not null
);

-- A product's movements in the order of its stock's event stream.
create unique index stock_movement_sequence on stock_movement (product_id, sequence);

-- On hand per product and warehouse, for analysts' SQL and the stock queries alike.
create view stock_level as
    select product_id, warehouse, sum(on_hand_change) as on_hand
      from stock_movement
     where warehouse is not null
     group by product_id, warehouse;

-- What is still reserved per product and contract line; a line whose reservation is used up or released is
-- not listed.
create view stock_reservation as
    select product_id, contract_id, contract_line, sum(reserved_change) as quantity
      from stock_movement
     where contract_id is not null
     group by product_id, contract_id, contract_line
    having sum(reserved_change) <> 0;
