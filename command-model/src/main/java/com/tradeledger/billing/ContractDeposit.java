package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Percentage;

/**
 * A contract's deposit as its shipment invoices deduct it: what the deposit invoice billed, what credit notes or its
 * cancellation took back, and what shipment invoices deducted so far. Only what was billed and not taken back is
 * deducted.
 */
record ContractDeposit(Money billed, Money takenBack, Money deducted) {

    /** A deposit invoice billed {@code deposit} (zero when the terms ask for none). */
    static ContractDeposit billed(Money deposit) {
        Money zero = Money.zero(deposit.currency());
        return new ContractDeposit(deposit, zero, zero);
    }

    /** Billed, less taken back, less deducted; never below zero. */
    Money left() {
        Money left = billed.minus(takenBack).minus(deducted);
        return left.isPositive() ? left : Money.zero(left.currency());
    }

    /**
     * What a shipment of {@code goods} deducts: its share of the goods at the deposit rate, or, when it is the
     * shipment that completes the contract, all that is left so that rounding leaves nothing behind; never more than
     * is left, nor more than the goods.
     */
    Money toDeduct(Money goods, Percentage rate, boolean lastShipment) {
        Money wanted = lastShipment ? left() : Amounts.smaller(left(), Amounts.share(goods, rate));
        return Amounts.smaller(wanted, goods);
    }

    ContractDeposit deducting(Money deduction) {
        return new ContractDeposit(billed, takenBack, deducted.plus(deduction));
    }

    ContractDeposit credited(Money credit) {
        return new ContractDeposit(billed, takenBack.plus(credit), deducted);
    }

    ContractDeposit cancelled() {
        return new ContractDeposit(billed, billed, deducted);
    }
}
