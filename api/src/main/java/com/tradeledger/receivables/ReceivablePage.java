package com.tradeledger.receivables;

import java.time.LocalDate;
import java.util.List;

/** One page of receivables aged on {@code asOf}, with the total that matched the filters. */
public record ReceivablePage(List<ReceivableView> items, int page, int size, long total, LocalDate asOf) {}
