package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.Instant;
import java.time.LocalDate;

/** A quote as a list shows it: whose it is, where it stands and its current total. */
public record QuoteSummary(
        QuoteId id,
        CustomerId customerId,
        Username salesperson,
        QuoteStatus status,
        int revision,
        Money total,
        LocalDate validUntil,
        Instant changedAt) {}
