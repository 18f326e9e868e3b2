package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;

/**
 * A line accepts at most what was ordered plus the over-receipt tolerance; beyond it the goods go back
 * to the supplier, not into stock.
 */
public final class OverReceipt extends BusinessRuleViolation {

    OverReceipt(PurchaseOrderId purchaseOrderId, int lineNumber, BigDecimal acceptedSoFar, BigDecimal mostAcceptable) {
        super(
                "over-receipt",
                "line " + lineNumber + " of purchase order " + purchaseOrderId + " would accept "
                        + acceptedSoFar.toPlainString() + ", above the most it may accept, "
                        + mostAcceptable.toPlainString());
    }
}
