package com.tradeledger.salesplanning;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * What the sales view remembers of a quote: whose and whose customer's, its currency, where it stands (DRAFT, OPEN,
 * WON, LOST), when its latest revision was issued with its amounts per product, and when it was lost.
 */
public record SalesQuote(
        Username salesperson,
        CustomerId customerId,
        Currency currency,
        String status,
        LocalDate issuedOn,
        List<ProductAmount> lines,
        LocalDate lostOn) {

    public SalesCell cell(LocalDate day) {
        return new SalesCell(salesperson, customerId, null, day, currency);
    }
}
