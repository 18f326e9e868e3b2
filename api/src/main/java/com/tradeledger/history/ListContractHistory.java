package com.tradeledger.history;

import com.tradeledger.shared.ContractId;

/** Asks for a page of one contract's whole story, from its quote's first draft to the last payment. */
public record ListContractHistory(ContractId contractId, HistoryFilter filter, int page, int size) {}
