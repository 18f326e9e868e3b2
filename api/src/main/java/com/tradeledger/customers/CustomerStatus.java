package com.tradeledger.customers;

/** Whether a customer takes new business: only ACTIVE ones do. */
public enum CustomerStatus {
    ACTIVE,
    MERGED,
    DEACTIVATED
}
