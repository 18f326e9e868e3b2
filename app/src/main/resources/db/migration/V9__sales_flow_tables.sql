-- Command-side tables of the sales flow; each is written in the same transaction as the events it guards.

-- One contract per accepted quote.
CREATE TABLE contract_quote (
    quote_id    UUID NOT NULL PRIMARY KEY,
    contract_id UUID NOT NULL UNIQUE
);

-- Gap-free document numbers per series and year (INV-2026-000001, CN-2026-000001): a number is taken by an
-- UPDATE in the issuing command's transaction, so a refused or rolled-back command gives its number back.
CREATE TABLE document_number (
    series      VARCHAR(4) NOT NULL,
    year        INTEGER    NOT NULL,
    last_number BIGINT     NOT NULL,
    PRIMARY KEY (series, year)
);

-- Open invoices with what is still owed: the credit check's open receivables, and the order in which an
-- unallocated payment settles a customer's invoices (oldest due first).
CREATE TABLE open_invoice (
    invoice_id  UUID           NOT NULL PRIMARY KEY,
    customer_id UUID           NOT NULL,
    currency    CHAR(3)        NOT NULL,
    outstanding NUMERIC(26, 8) NOT NULL,
    due_on      DATE           NOT NULL
);

CREATE INDEX open_invoice_by_customer ON open_invoice (customer_id, currency, due_on);
