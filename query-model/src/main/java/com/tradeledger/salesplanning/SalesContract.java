package com.tradeledger.salesplanning;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * What the sales view remembers of a signed contract: whose and whose customer's, its currency, where it stands
 * (SIGNED, COMPLETED, CANCELLED), when it was signed and its amounts per product.
 */
public record SalesContract(
        Username salesperson,
        CustomerId customerId,
        Currency currency,
        String status,
        LocalDate signedOn,
        List<ProductAmount> lines) {

    public SalesCell cell(LocalDate day) {
        return new SalesCell(salesperson, customerId, null, day, currency);
    }
}
