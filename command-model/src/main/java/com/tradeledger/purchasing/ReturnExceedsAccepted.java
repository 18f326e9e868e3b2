package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;

/** Only goods a line accepted go back to the supplier (退货): never more than it accepted so far. */
public final class ReturnExceedsAccepted extends BusinessRuleViolation {

    ReturnExceedsAccepted(PurchaseOrderId purchaseOrderId, int lineNumber, BigDecimal returned, BigDecimal accepted) {
        super(
                "return-exceeds-accepted",
                "line " + lineNumber + " of purchase order " + purchaseOrderId + " cannot return "
                        + returned.toPlainString() + "; it accepted " + accepted.toPlainString());
    }
}
