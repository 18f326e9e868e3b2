package com.tradeledger.web;

/** The answer to an accepted command: the aggregate it acted on and that aggregate's version afterwards. */
public record Accepted(String id, long version) {}
