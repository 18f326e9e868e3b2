package com.tradeledger.history;

import com.tradeledger.customers.CustomerId;

/** Asks for a page of one customer's history, including the past of the duplicates merged into it. */
public record ListCustomerHistory(CustomerId customerId, HistoryFilter filter, int page, int size) {}
