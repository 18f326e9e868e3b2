package com.tradeledger.payables;

import java.math.BigDecimal;

/**
 * The rate a supplier payment is valued at in the functional currency: required and above zero when its currency
 * differs, 1 when it is the functional currency (given as 1 or not at all).
 */
final class FunctionalRate {

    private FunctionalRate() {}

    static BigDecimal of(RecordSupplierPayment command) {
        BigDecimal given = command.rateToFunctional();
        if (command.amount().isIn(command.functionalCurrency())) {
            if (given != null && given.compareTo(BigDecimal.ONE) != 0) {
                throw new RateNotApplicable(command.functionalCurrency(), given);
            }
            return BigDecimal.ONE;
        }
        if (given == null) {
            throw new RateRequired(command.amount().currency(), command.functionalCurrency());
        }
        if (given.signum() <= 0) {
            throw new RateNotPositive(given);
        }
        return given;
    }
}
