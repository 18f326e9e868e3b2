package com.tradeledger.billing;

import com.tradeledger.shared.Money;

/**
 * How a credit note (红字发票) splits: first it takes off what the invoice still asks for; the rest was paid already
 * and is owed back to the customer, and only that part takes back the commission its payment earned.
 */
record CreditSplit(Money offOutstanding, Money refund) {

    static CreditSplit of(Money credit, Money outstanding) {
        Money offOutstanding = Amounts.smaller(credit, outstanding);
        return new CreditSplit(offOutstanding, credit.minus(offOutstanding));
    }
}
