package com.tradeledger.products;

/** Where a product comes from: the company's own range, a supplier's, or one the customer specified. */
public enum ProductSource {
    OWN,
    SUPPLIER,
    CUSTOMER
}
