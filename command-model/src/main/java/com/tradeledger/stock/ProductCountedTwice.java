package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.BusinessRuleViolation;

/** A stocktake sheet counts each product once: two counts of one product leave no single answer. */
public final class ProductCountedTwice extends BusinessRuleViolation {

    ProductCountedTwice(ProductId productId) {
        super("product-counted-twice", "product " + productId + " is listed twice on the stocktake");
    }
}
