package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerGrade;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.serialization.Revision;

/**
 * A quote was started for a customer, owned by the customer's salesperson at that moment, priced for the
 * customer's grade at that moment.
 */
@Revision("1")
public record QuoteDrafted(
        QuoteId quoteId,
        CustomerId customerId,
        Username salesperson,
        CustomerGrade customerGrade,
        Currency currency,
        DeliveryTerms deliveryTerms,
        LocalDate validUntil) {}
