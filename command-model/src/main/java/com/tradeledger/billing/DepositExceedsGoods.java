package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;

/** An invoice deducts at most the goods it bills: the deposit applied never turns its total negative. */
public final class DepositExceedsGoods extends BusinessRuleViolation {

    DepositExceedsGoods(InvoiceId invoiceId, Money depositApplied, Money goodsTotal) {
        super(
                "deposit-exceeds-goods",
                "invoice " + invoiceId + " cannot deduct a deposit of " + depositApplied + " from goods of "
                        + goodsTotal);
    }
}
