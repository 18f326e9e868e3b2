package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;

/** A discontinued product keeps its history as it was when it left sale, so it takes no further changes. */
public final class ProductIsDiscontinued extends BusinessRuleViolation {

    ProductIsDiscontinued(ProductId productId) {
        super("product-discontinued", "product " + productId + " was discontinued and takes no further changes");
    }
}
