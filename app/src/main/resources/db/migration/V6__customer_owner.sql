-- The command side's customer table also knows each customer's owning salesperson, so that who may act on a
-- customer is decided on consistent data rather than on a read model that may lag.
ALTER TABLE customer_registry ADD COLUMN salesperson VARCHAR(64);

-- Customers registered before this migration: the owner named by their latest registration or handover event.
UPDATE customer_registry r
SET salesperson = (
    SELECT convert_from(e.payload, 'UTF8')::jsonb ->> CASE
               WHEN e.payloadtype = 'com.tradeledger.customers.CustomerHandedOver' THEN 'toSalesperson'
               ELSE 'salesperson' END
    FROM domainevententry e
    WHERE e.aggregateidentifier = r.customer_id::text
      AND e.payloadtype IN ('com.tradeledger.customers.CustomerRegistered',
                            'com.tradeledger.customers.CustomerHandedOver')
    ORDER BY e.sequencenumber DESC
    LIMIT 1);
