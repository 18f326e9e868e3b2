package com.tradeledger.receivables;

/**
 * Ask for the ageing summary of the receivables matching the filter, one row per group and currency; answered with
 * an {@link AgeingSummary} whose totals add up to the rows and to the listed receivables.
 */
public record SummarizeReceivables(ReceivablesFilter filter, ReceivablesGrouping by) {}
