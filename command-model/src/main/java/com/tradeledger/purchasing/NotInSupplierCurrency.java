package com.tradeledger.purchasing;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;
import java.util.Currency;

/**
 * A supplier sells in one currency, its terms say which: its offers and the orders placed with it are priced in
 * that currency, and the ledger never converts a purchase price.
 */
public final class NotInSupplierCurrency extends BusinessRuleViolation {

    private NotInSupplierCurrency(String message) {
        super("currency-mismatch", message);
    }

    static NotInSupplierCurrency price(Money price, Currency supplierCurrency) {
        return new NotInSupplierCurrency(
                "price " + price + " is not in the supplier's currency " + supplierCurrency.getCurrencyCode());
    }

    static NotInSupplierCurrency order(Currency orderCurrency, Currency supplierCurrency) {
        return new NotInSupplierCurrency("the order is in " + orderCurrency.getCurrencyCode()
                + ", not in the supplier's currency " + supplierCurrency.getCurrencyCode());
    }
}
