-- What supplier bills have billed of each purchase order line, and the supplier invoice numbers they recorded: the
-- same goods cannot be billed twice, nor the same invoice recorded twice. Written in the bill's own transaction.
CREATE TABLE billed_goods (
    purchase_order_id UUID           NOT NULL,
    line              INTEGER        NOT NULL,
    billed            NUMERIC(26, 8) NOT NULL,
    PRIMARY KEY (purchase_order_id, line)
);

CREATE TABLE supplier_invoice (
    supplier_id    UUID         NOT NULL,
    invoice_number VARCHAR(100) NOT NULL,
    bill_id        UUID         NOT NULL UNIQUE,
    PRIMARY KEY (supplier_id, invoice_number)
);
