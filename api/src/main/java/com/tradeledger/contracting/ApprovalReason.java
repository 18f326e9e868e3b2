package com.tradeledger.contracting;

/** Why a contract needs a manager's approval (合同审批) before it may be signed. */
public enum ApprovalReason {
    /** The contract's total passes the configured threshold for its currency. */
    AMOUNT_OVER_THRESHOLD,
    /** A line sells below the product's floor price. */
    BELOW_FLOOR_LINE,
    /** The customer's open receivables plus this contract pass the customer's credit limit. */
    CREDIT_LIMIT_EXCEEDED
}
