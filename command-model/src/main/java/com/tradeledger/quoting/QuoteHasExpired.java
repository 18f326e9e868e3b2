package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;
import java.time.LocalDate;

/** An offer binds the company only until its validity date; a later acceptance needs a revised quote. */
public final class QuoteHasExpired extends BusinessRuleViolation {

    QuoteHasExpired(QuoteId quoteId, LocalDate validUntil) {
        super("quote-expired", "quote " + quoteId + " was valid until " + validUntil + " and has expired");
    }
}
