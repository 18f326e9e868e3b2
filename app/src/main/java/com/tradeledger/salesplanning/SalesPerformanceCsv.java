package com.tradeledger.salesplanning;

/** A line of sales performance as a flat spreadsheet row. */
final class SalesPerformanceCsv {

    private SalesPerformanceCsv() {}

    static SalesPerformanceCsvRow row(SalesPerformanceView line, String functionalCurrency) {
        SalesFigures amounts = line.amounts();
        SalesFigures functional = line.functional();
        return new SalesPerformanceCsvRow(
                line.salesperson() == null ? null : line.salesperson().value(),
                line.customerId() == null ? null : line.customerId().toString(),
                line.productId() == null ? null : line.productId().toString(),
                line.month() == null ? null : line.month().toString(),
                line.currency().getCurrencyCode(),
                amounts.quoted(),
                amounts.contracted(),
                amounts.shipped(),
                amounts.invoiced(),
                amounts.credited(),
                amounts.collected(),
                amounts.quotesWon(),
                amounts.quotesLost(),
                amounts.commissionAccrued(),
                amounts.commissionPaid(),
                line.winRate(),
                functionalCurrency,
                functional.quoted(),
                functional.contracted(),
                functional.shipped(),
                functional.invoiced(),
                functional.credited(),
                functional.collected(),
                functional.quotesWon(),
                functional.quotesLost(),
                functional.commissionAccrued(),
                functional.commissionPaid());
    }
}
