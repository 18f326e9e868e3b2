package com.tradeledger.contracting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.tradeledger.shared.Percentage;
import java.util.Objects;

/**
 * The contract's payment terms: a deposit share invoiced on signing and due so many days later (0 % for none), and
 * the balance invoiced per shipment and due so many days after it.
 */
public record PaymentTerms(Percentage deposit, int depositDueDays, BalanceTerms balance, int balanceDueDays) {

    private static final int MAX_DAYS = 365;

    public PaymentTerms {
        Objects.requireNonNull(deposit, "a deposit percentage is required (0 for none)");
        Objects.requireNonNull(balance, "balance terms are required");
        if (depositDueDays < 0 || depositDueDays > MAX_DAYS || balanceDueDays < 0 || balanceDueDays > MAX_DAYS) {
            throw new IllegalArgumentException("payment days are between 0 and " + MAX_DAYS);
        }
    }

    @JsonIgnore
    public boolean asksForDeposit() {
        return deposit.value().signum() > 0;
    }
}
