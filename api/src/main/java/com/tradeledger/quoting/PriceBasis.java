package com.tradeledger.quoting;

/** Where a quote line's unit price came from: the product's list price, one of its price tiers, or a person. */
public enum PriceBasis {
    LIST_PRICE,
    PRICE_TIER,
    MANUAL
}
