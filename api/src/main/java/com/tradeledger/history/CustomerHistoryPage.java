package com.tradeledger.history;

import com.tradeledger.customers.CustomerId;
import java.util.List;

/** A page of one customer's history and how many entries match in all. */
public record CustomerHistoryPage(
        CustomerId customerId, List<HistoryEntryView> items, int page, int size, long total) {}
