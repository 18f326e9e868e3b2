package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;
import java.util.Currency;

/**
 * A supplier bill is in its purchase order's currency, and a supplier payment settles bills in its own currency:
 * payables never add amounts across currencies.
 */
public final class CurrencyMismatch extends BusinessRuleViolation {

    CurrencyMismatch(String what, Money amount, Currency expected) {
        super(
                "currency-mismatch",
                what + " of " + amount + " is not in " + expected.getCurrencyCode() + " as it must be");
    }
}
