-- What the purchasing and stock read models now also show. Rows written before this migration hold the defaults
-- below until their processing group ("purchase-book", "delivery-risks", "stock-levels") is replayed.

-- What of a requisition's quantity was received and reserved for its contract line so far (base unit).
alter table requisition_book
    add column filled numeric not null default 0;

-- Why a closed delivery risk no longer stands (LINE_CANCELLED, RECEIVED_IN_FULL, REQUISITION_CANCELLED); null
-- unless closed.
alter table delivery_risk
    add column closure text;

-- Who recorded the movement, where its event names someone: who counted, who transferred.
alter table stock_movement
    add column recorded_by text;
