package com.tradeledger.contracting;

import java.util.List;

/** One page of contracts, with the total that matched the filters. */
public record ContractPage(List<ContractSummary> items, int page, int size, long total) {}
