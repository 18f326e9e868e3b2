package com.tradeledger.contracting;

import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.ContractId;

/**
 * The command side's own table of contracts, for the rule across all of them (set-wide rules never ask the read
 * model): an accepted quote becomes at most one contract. Writes join the command's transaction.
 */
public interface ContractRegistry {

    /** Claims the quote for the contract; false when another contract was concluded from it already. */
    boolean claimQuote(QuoteId quoteId, ContractId contractId);
}
