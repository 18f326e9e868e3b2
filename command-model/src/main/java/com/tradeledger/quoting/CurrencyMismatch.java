package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;
import java.util.Currency;

/** A quote is offered in one currency, and its total adds its lines, so every price on it is in that currency. */
public final class CurrencyMismatch extends BusinessRuleViolation {

    CurrencyMismatch(Money unitPrice, Currency quoteCurrency) {
        super(
                "currency-mismatch",
                "unit price " + unitPrice + " is not in the quote's currency " + quoteCurrency.getCurrencyCode());
    }
}
