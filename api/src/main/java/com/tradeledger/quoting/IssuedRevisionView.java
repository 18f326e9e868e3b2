package com.tradeledger.quoting;

import com.tradeledger.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One issued revision of a quote exactly as the customer was sent it, whatever was revised since. */
public record IssuedRevisionView(
        QuoteId id,
        int revision,
        List<QuoteLine> lines,
        Money total,
        DeliveryTerms deliveryTerms,
        LocalDate issuedOn,
        LocalDate validUntil,
        Instant issuedAt) {}
