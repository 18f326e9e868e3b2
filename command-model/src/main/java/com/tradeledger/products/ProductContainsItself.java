package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;

/** Exploding a bill of materials that holds its own product would never end. */
public final class ProductContainsItself extends BusinessRuleViolation {

    ProductContainsItself(ProductId productId) {
        super(
                "product-contains-itself",
                "product " + productId + " cannot be a component of its own bill of materials");
    }
}
