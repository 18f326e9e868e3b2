package com.tradeledger.quoting;

import com.tradeledger.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A quote revision was sent to the customer exactly as listed here, with its total, delivery terms and validity;
 * this is what the customer saw, whatever is revised later.
 */
@Revision("1")
public record QuoteIssued(
        QuoteId quoteId,
        int revision,
        List<QuoteLine> lines,
        Money total,
        DeliveryTerms deliveryTerms,
        LocalDate issuedOn,
        LocalDate validUntil) {}
