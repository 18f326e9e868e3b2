package com.tradeledger.quoting;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Username;

/**
 * Ask for a page of quotes, newest first, filtered by customer, owning salesperson and status (a null filter
 * matches every quote); answered with a {@link QuotePage}.
 */
public record ListQuotes(CustomerId customerId, Username salesperson, QuoteStatus status, int page, int size) {}
