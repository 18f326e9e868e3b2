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
        Instant issuedAt) {

    /** This revision as people without price access rights may see it: its lines without floor prices. */
    public IssuedRevisionView withoutFloorPrices() {
        return new IssuedRevisionView(
                id,
                revision,
                lines.stream().map(QuoteLine::withoutFloorPrice).toList(),
                total,
                deliveryTerms,
                issuedOn,
                validUntil,
                issuedAt);
    }
}
