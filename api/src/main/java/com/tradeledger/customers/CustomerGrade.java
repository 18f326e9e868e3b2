package com.tradeledger.customers;

/** The customer's grade (客户级别), A the best; price tiers and follow-up priority depend on it. */
public enum CustomerGrade {
    A,
    B,
    C,
    D
}
