package com.tradeledger.contracting;

import com.tradeledger.quoting.QuoteId;
import com.tradeledger.shared.ContractId;
import java.util.HashMap;
import java.util.Map;

/** The contract table as a map from quote to the contract concluded from it. */
final class InMemoryContractRegistry implements ContractRegistry {

    private final Map<QuoteId, ContractId> contractsByQuote = new HashMap<>();

    @Override
    public boolean claimQuote(QuoteId quoteId, ContractId contractId) {
        return contractsByQuote.putIfAbsent(quoteId, contractId) == null;
    }

    Map<QuoteId, ContractId> claims() {
        return Map.copyOf(contractsByQuote);
    }
}
