package com.tradeledger.purchasing;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.Money;
import java.util.Currency;

/**
 * A supplier sells in the currency its terms say, and in another only where its offers give prices in it: each
 * offer prices the product in the terms currency, an order placed with it is in a currency it sells in, and the
 * ledger never converts a purchase price.
 */
public final class NotInSupplierCurrency extends BusinessRuleViolation {

    private NotInSupplierCurrency(String message) {
        super("currency-mismatch", message);
    }

    static NotInSupplierCurrency price(Money price, Currency supplierCurrency) {
        return new NotInSupplierCurrency(
                "price " + price + " is not in the supplier's currency " + supplierCurrency.getCurrencyCode());
    }

    static NotInSupplierCurrency orderPrice(Money price, Currency orderCurrency) {
        return new NotInSupplierCurrency(
                "price " + price + " is not in the order's currency " + orderCurrency.getCurrencyCode());
    }

    static NotInSupplierCurrency offer(ProductId productId, Currency supplierCurrency) {
        return new NotInSupplierCurrency("the offer for product " + productId
                + " has no price in the supplier's currency " + supplierCurrency.getCurrencyCode());
    }

    static NotInSupplierCurrency order(Currency orderCurrency, Currency supplierCurrency) {
        return new NotInSupplierCurrency("the order is in " + orderCurrency.getCurrencyCode()
                + ", neither the supplier's currency " + supplierCurrency.getCurrencyCode()
                + " nor one its offers price every product of the order in");
    }
}
