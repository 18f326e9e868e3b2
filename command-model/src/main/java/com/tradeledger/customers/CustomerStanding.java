package com.tradeledger.customers;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;

/**
 * Where a customer stands for new business right now: whether it takes any ({@code status}), the grade its prices
 * are found for, the salesperson who owns it, and its credit limit (null when it has none).
 */
public record CustomerStanding(CustomerStatus status, CustomerGrade grade, Username salesperson, Money creditLimit) {

    public boolean takesBusiness() {
        return status == CustomerStatus.ACTIVE;
    }
}
