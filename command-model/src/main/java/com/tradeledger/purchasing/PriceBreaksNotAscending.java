package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Quantity breaks start at zero or more and, among the prices in one currency, each applies from a larger quantity
 * than the one before, so that exactly one price in each currency applies to any quantity from its first break on.
 */
public final class PriceBreaksNotAscending extends BusinessRuleViolation {

    PriceBreaksNotAscending(int position, BigDecimal minQuantity, Currency currency) {
        super(
                "price-breaks-not-ascending",
                "price break " + position + " from " + minQuantity.toPlainString()
                        + " must start at zero or more and above the break in " + currency.getCurrencyCode()
                        + " before it");
    }
}
