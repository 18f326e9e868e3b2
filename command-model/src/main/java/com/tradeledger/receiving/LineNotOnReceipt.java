package com.tradeledger.receiving;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.GoodsReceiptId;

/** A return sends back goods of its own receipt; a purchase order line the receipt did not receive has none. */
public final class LineNotOnReceipt extends BusinessRuleViolation {

    LineNotOnReceipt(GoodsReceiptId receiptId, int lineNumber) {
        super(
                "line-not-on-receipt",
                "goods receipt " + receiptId + " received nothing against purchase order line " + lineNumber);
    }
}
