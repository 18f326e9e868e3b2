package com.tradeledger.salesplanning;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * What the sales view remembers of an invoice: whose sale and customer, its currency, when it was issued, what it
 * invoiced per product (the deposit it deducts as a negative amount with no product), and whether it was cancelled.
 */
public record SalesInvoice(
        Username salesperson,
        CustomerId customerId,
        Currency currency,
        LocalDate issuedOn,
        List<ProductAmount> lines,
        boolean cancelled) {

    public SalesCell cell(LocalDate day) {
        return new SalesCell(salesperson, customerId, null, day, currency);
    }
}
