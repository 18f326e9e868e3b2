package com.tradeledger.customers;

import com.tradeledger.shared.Username;

/**
 * Where a customer stands for new business right now: whether it takes any ({@code status}), the grade its prices
 * are found for, and the salesperson who owns it.
 */
public record CustomerStanding(CustomerStatus status, CustomerGrade grade, Username salesperson) {

    public boolean takesBusiness() {
        return status == CustomerStatus.ACTIVE;
    }
}
