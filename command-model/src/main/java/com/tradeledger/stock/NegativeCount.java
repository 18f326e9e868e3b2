package com.tradeledger.stock;

import com.tradeledger.shared.BusinessRuleViolation;
import java.math.BigDecimal;

/** A stocktake (盘点) counts what is on the shelf: nothing at all, or more, never less than nothing. */
public final class NegativeCount extends BusinessRuleViolation {

    NegativeCount(WarehouseCode warehouse, BigDecimal counted) {
        super(
                "negative-count",
                "a count in warehouse " + warehouse + " must be zero or more, but was " + counted.toPlainString());
    }
}
