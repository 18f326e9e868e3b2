package com.tradeledger.partners;

/**
 * Ask for a page of commission agents by code, filtered by text in their code or name and by whether the ledger
 * still works with them (a null filter matches every agent); answered with an {@link AgentPage}.
 */
public record ListAgents(String q, Boolean active, int page, int size) {}
