package com.tradeledger.quoting;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.BusinessRuleViolation;

/** A quote line sells a product of the catalogue; an id the catalogue never registered sells nothing. */
public final class UnknownProduct extends BusinessRuleViolation {

    public UnknownProduct(ProductId productId) {
        super("unknown-product", "product " + productId + " is not a registered product");
    }
}
