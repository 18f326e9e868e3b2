package com.tradeledger.customers;

import java.util.List;

/** One page of the customer directory, with the total that matched the filters. */
public record CustomerPage(List<CustomerView> items, int page, int size, long total) {}
