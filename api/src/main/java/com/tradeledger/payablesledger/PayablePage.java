package com.tradeledger.payablesledger;

import java.time.LocalDate;
import java.util.List;

/** One page of payables aged on {@code asOf}, with the total that matched the filters. */
public record PayablePage(List<PayableView> items, int page, int size, long total, LocalDate asOf) {}
