package com.tradeledger.salesplanning;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * Where a sales figure goes: whose sale, with which customer, for which product (null: not per product), on which
 * day (kept by its month), in which currency.
 */
public record SalesCell(
        Username salesperson, CustomerId customerId, ProductId productId, LocalDate day, Currency currency) {

    /** The product column's value for figures that are not per product. */
    static final UUID NO_PRODUCT = new UUID(0, 0);

    /** The same cell for another product. */
    public SalesCell forProduct(ProductId product) {
        return new SalesCell(salesperson, customerId, product, day, currency);
    }

    /** The same cell on another day. */
    public SalesCell on(LocalDate otherDay) {
        return new SalesCell(salesperson, customerId, productId, otherDay, currency);
    }

    UUID productColumn() {
        return productId == null ? NO_PRODUCT : productId.value();
    }

    LocalDate month() {
        return day.withDayOfMonth(1);
    }
}
