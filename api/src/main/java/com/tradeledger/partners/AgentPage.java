package com.tradeledger.partners;

import java.util.List;

/** One page of commission agents, with the total that matched the filters. */
public record AgentPage(List<AgentView> items, int page, int size, long total) {}
