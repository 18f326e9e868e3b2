package com.tradeledger.payablesledger;

import com.tradeledger.receivables.AgeingSummary;

/**
 * Ask for the ageing summary of the payables matching the filter, one row per group and currency; answered with an
 * {@link AgeingSummary} whose totals add up to the rows and to the listed payables.
 */
public record SummarizePayables(PayablesFilter filter, PayablesGrouping by) {}
