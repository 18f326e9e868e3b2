package com.tradeledger.history;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import java.util.List;

/**
 * A page of one contract's story and how many entries match in all; the customer the contract was concluded with,
 * or null while the history knows no such contract.
 */
public record ContractHistoryPage(
        ContractId contractId, CustomerId customerId, List<HistoryEntryView> items, int page, int size, long total) {}
