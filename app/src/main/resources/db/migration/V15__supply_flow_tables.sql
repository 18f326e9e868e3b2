-- Command-side tables of the supply flow; each is written in the same transaction as the events it guards.

-- Supplier codes are unique across the ledger.
CREATE TABLE supplier_registry (
    supplier_id UUID        NOT NULL PRIMARY KEY,
    code        VARCHAR(32) NOT NULL UNIQUE
);
