package com.tradeledger.products;

import com.tradeledger.shared.BusinessRuleViolation;

/**
 * A discontinued product keeps its history as it was when it left sale, so it takes no further changes, and it is
 * no longer offered: no quote line may sell it.
 */
public final class ProductIsDiscontinued extends BusinessRuleViolation {

    ProductIsDiscontinued(ProductId productId) {
        this("product " + productId + " was discontinued and takes no further changes");
    }

    private ProductIsDiscontinued(String message) {
        super("product-discontinued", message);
    }

    /** The product was asked for a sale: for a quote line, or by whoever prices one for the quote. */
    public static ProductIsDiscontinued notForSale(ProductId productId) {
        return new ProductIsDiscontinued("product " + productId + " was discontinued and is no longer sold");
    }
}
