package com.tradeledger.salesplanning;

import com.tradeledger.products.ProductId;
import java.math.BigDecimal;

/** An amount for one product (null: not per product), as a quote, contract or invoice line adds up to it. */
public record ProductAmount(ProductId productId, BigDecimal amount) {

    /** The amount taken back. */
    public ProductAmount negated() {
        return new ProductAmount(productId, amount.negate());
    }
}
