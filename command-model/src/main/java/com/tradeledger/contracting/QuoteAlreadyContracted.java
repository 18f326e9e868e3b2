package com.tradeledger.contracting;

import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.BusinessRuleViolation;

/** One accepted quote is sold once: a second contract from it would sell and reserve the same goods twice. */
public final class QuoteAlreadyContracted extends BusinessRuleViolation {

    QuoteAlreadyContracted(QuoteId quoteId) {
        super("quote-already-contracted", "a contract was already concluded from quote " + quoteId);
    }
}
