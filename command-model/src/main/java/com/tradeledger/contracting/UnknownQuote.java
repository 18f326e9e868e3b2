package com.tradeledger.contracting;

import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.BusinessRuleViolation;

/** A contract is concluded from a quote of the ledger; an id no quote was drafted under concludes nothing. */
public final class UnknownQuote extends BusinessRuleViolation {

    UnknownQuote(QuoteId quoteId) {
        super("unknown-quote", "quote " + quoteId + " is not a quote of the ledger");
    }
}
