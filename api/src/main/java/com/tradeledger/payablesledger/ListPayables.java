package com.tradeledger.payablesledger;

/**
 * Ask for a page of open payables (something owed on the day) matching the filter, sorted by {@code sort}: one of
 * dueDate (the default), daysOverdue, outstanding, supplier, number, with a leading '-' for descending; answered with
 * a {@link PayablePage}.
 */
public record ListPayables(PayablesFilter filter, String sort, int page, int size) {}
