package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.BusinessRuleViolation;

/** A supplier's offer for a product says what it asks: at least one price. */
public final class OfferHasNoPrices extends BusinessRuleViolation {

    OfferHasNoPrices(ProductId productId) {
        super("offer-without-prices", "the offer for product " + productId + " has no prices");
    }
}
