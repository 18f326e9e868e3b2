package com.tradeledger.contracting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.customers.CustomerStanding;
import com.tradeledger.shared.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a contract needs a manager's approval (合同审批) right now, and the figures its credit check saw: the
 * customer's open receivables in the contract currency and its credit limit (null when it has none). The one rule
 * that submitting and signing both apply.
 */
record ApprovalAssessment(List<ApprovalReason> reasons, Money openReceivables, Money creditLimit) {

    static ApprovalAssessment of(
            CustomerId customerId,
            CustomerStanding customer,
            Money total,
            ContractLines lines,
            ContractingPolicy policy,
            CreditExposure exposure) {
        Money open = exposure.openReceivables(customerId, total.currency());
        List<ApprovalReason> reasons = new ArrayList<>();
        if (policy.amountNeedsApproval(total)) {
            reasons.add(ApprovalReason.AMOUNT_OVER_THRESHOLD);
        }
        if (lines.anyBelowFloor()) {
            reasons.add(ApprovalReason.BELOW_FLOOR_LINE);
        }
        if (creditExceeded(customer.creditLimit(), open.plus(total))) {
            reasons.add(ApprovalReason.CREDIT_LIMIT_EXCEEDED);
        }
        return new ApprovalAssessment(List.copyOf(reasons), open, customer.creditLimit());
    }

    /** A limit in another currency counts as exceeded: the ledger cannot compare the two without a rate. */
    private static boolean creditExceeded(Money limit, Money exposure) {
        return limit != null && (!limit.isIn(exposure.currency()) || limit.isLessThan(exposure));
    }

    boolean needsApproval() {
        return !reasons.isEmpty();
    }
}
