package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;
import java.util.Currency;

/** An invoice, a credit note or a payment allocation adds amounts of one currency only; no sum crosses currencies. */
public final class CurrencyMismatch extends BusinessRuleViolation {

    CurrencyMismatch(String what, Money amount, Currency expected) {
        super(
                "currency-mismatch",
                what + " of " + amount + " is not in " + expected.getCurrencyCode() + " as it must be");
    }
}
