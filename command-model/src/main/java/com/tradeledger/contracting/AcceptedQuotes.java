package com.tradeledger.contracting;

import com.tradeledger.quoting.QuoteId;
import java.util.Optional;

/** The ledger's quotes, as contracting reads the one a contract is concluded from. */
public interface AcceptedQuotes {

    /** The quote's current revision and where the quote stands; empty when no such quote was drafted. */
    Optional<AcceptedQuote> find(QuoteId quoteId);
}
