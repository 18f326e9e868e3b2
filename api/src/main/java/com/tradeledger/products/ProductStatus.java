package com.tradeledger.products;

/** Whether a product can still be quoted and sold. */
public enum ProductStatus {
    ACTIVE,
    DISCONTINUED
}
