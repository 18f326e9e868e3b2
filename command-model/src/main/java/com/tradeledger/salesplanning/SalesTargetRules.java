package com.tradeledger.salesplanning;

import static com.tradeledger.shared.MissingValue.requirePresent;

/** The rules a sales target must meet before it is set. */
final class SalesTargetRules {

    private SalesTargetRules() {}

    static void requireValid(SetSalesTarget command) {
        requirePresent(command.targetId(), "targetId");
        requirePresent(command.salesperson(), "salesperson");
        requirePresent(command.period(), "period");
        requirePresent(command.target(), "target");
        requirePresent(command.functionalCurrency(), "functionalCurrency");
        requirePresent(command.setBy(), "setBy");
        if (!command.targetId().equals(SalesTargetId.of(command.salesperson(), command.period()))) {
            throw new SalesTargetIdMismatch(command.targetId(), command.salesperson(), command.period());
        }
        if (!command.target().isPositive() || !command.target().isInMinorUnits()) {
            throw new TargetNotPositive(command.target());
        }
        if (!command.target().isIn(command.functionalCurrency())) {
            throw new TargetNotInFunctionalCurrency(command.target(), command.functionalCurrency());
        }
    }
}
