package com.tradeledger.stock;

import com.tradeledger.shared.BusinessRuleViolation;

/** A stocktake sheet counts at least one product. */
public final class StocktakeWithoutLines extends BusinessRuleViolation {

    StocktakeWithoutLines() {
        super("stocktake-without-lines", "a stocktake lists at least one product counted");
    }
}
