package com.tradeledger.quoting;

import com.tradeledger.shared.BusinessRuleViolation;
import java.time.LocalDate;

/** An offer sent after its own validity date could never be accepted; revise it with a new date instead. */
public final class QuoteValidityPassed extends BusinessRuleViolation {

    QuoteValidityPassed(QuoteId quoteId, LocalDate validUntil, LocalDate issuedOn) {
        super(
                "quote-validity-passed",
                "quote " + quoteId + " is valid until " + validUntil + " and cannot be issued on " + issuedOn);
    }
}
