package com.tradeledger.contracting;

import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * The company's configured limits on what a salesperson signs alone: a contract whose total passes the approval
 * threshold of its currency needs a manager's approval (合同审批). A currency without a threshold always needs it:
 * the ledger never converts an amount to compare it.
 */
public record ContractingPolicy(Map<Currency, BigDecimal> approvalThresholds) {

    public ContractingPolicy {
        Objects.requireNonNull(approvalThresholds, "the approval thresholds are required (none: every contract)");
        approvalThresholds = Map.copyOf(approvalThresholds);
    }

    /** Whether a contract of this total needs a manager's approval for its amount alone. */
    public boolean amountNeedsApproval(Money total) {
        BigDecimal threshold = approvalThresholds.get(total.currency());
        return threshold == null || total.amount().compareTo(threshold) > 0;
    }
}
