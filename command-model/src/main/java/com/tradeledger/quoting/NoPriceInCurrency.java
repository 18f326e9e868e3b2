package com.tradeledger.quoting;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.BusinessRuleViolation;
import java.util.Currency;

/**
 * A line without a manual price is priced from the product's price list in the quote's currency; prices are never
 * converted from another currency behind the salesperson's back.
 */
public final class NoPriceInCurrency extends BusinessRuleViolation {

    NoPriceInCurrency(ProductId productId, Currency currency) {
        super(
                "no-price-in-currency",
                "product " + productId + " has no price list in " + currency.getCurrencyCode()
                        + "; give the line a unit price");
    }
}
