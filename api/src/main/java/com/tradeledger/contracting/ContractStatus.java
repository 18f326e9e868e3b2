package com.tradeledger.contracting;

/** Where a contract stands: drafted from a quote, waiting for or given approval, signed, and then ended. */
public enum ContractStatus {
    DRAFT,
    AWAITING_APPROVAL,
    APPROVED,
    SIGNED,
    CANCELLED,
    COMPLETED
}
