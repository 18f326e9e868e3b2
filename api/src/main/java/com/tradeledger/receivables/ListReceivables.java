package com.tradeledger.receivables;

/**
 * Ask for a page of open receivables (something outstanding on the day) matching the filter, sorted by {@code sort}:
 * one of dueDate (the default), daysOverdue, outstanding, customer, number, with a leading '-' for descending;
 * answered with a {@link ReceivablePage}.
 */
public record ListReceivables(ReceivablesFilter filter, String sort, int page, int size) {}
