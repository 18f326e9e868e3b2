package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.BusinessRuleViolation;

/** Only a product of the catalogue is stocked; an id the catalogue never registered has no stock to count. */
public final class UnknownProduct extends BusinessRuleViolation {

    UnknownProduct(ProductId productId) {
        super("unknown-product", "product " + productId + " is not a registered product");
    }
}
