package com.tradeledger.billing;

import java.util.List;

/** One page of payments received, with the total that matched the filter. */
public record PaymentPage(List<PaymentView> items, int page, int size, long total) {}
