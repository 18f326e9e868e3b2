package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/**
 * Quantity breaks start at zero or more and each applies from a larger quantity than the one before, so that exactly
 * one price applies to any quantity from the first break on.
 */
public final class PriceBreaksNotAscending extends BusinessRuleViolation {

    PriceBreaksNotAscending(int position, BigDecimal minQuantity) {
        super(
                "price-breaks-not-ascending",
                "price break " + position + " from " + minQuantity.toPlainString()
                        + " must start at zero or more and above the break before it");
    }
}
