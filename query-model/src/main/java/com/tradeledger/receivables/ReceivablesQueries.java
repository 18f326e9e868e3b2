package com.tradeledger.receivables;

import com.tradeledger.rates.ExchangeRateBook;
import com.tradeledger.shared.PageWindow;
import java.util.Currency;
import java.util.Locale;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Answers the questions about receivables (应收帐款) from the receivables ledger; it only reads. Amounts are converted
 * into the functional currency the books are kept in ({@code tradeledger.billing.functional-currency}).
 */
@Component
public class ReceivablesQueries {

    private final ReceivablesReport report;
    private final AgeingSummaries summaries;

    public ReceivablesQueries(
            ReceivablesReport report,
            ExchangeRateBook rates,
            @Value("${tradeledger.billing.functional-currency:CNY}") Currency functionalCurrency) {
        this.report = report;
        this.summaries = new AgeingSummaries(rates, functionalCurrency);
    }

    @QueryHandler
    public ReceivablePage handle(ListReceivables query) {
        return report.page(report.select(query.filter(), query.sort()), new PageWindow(query.page(), query.size()));
    }

    @QueryHandler
    public AgeingSummary handle(SummarizeReceivables query) {
        AgeingSelection selection = report.select(query.filter(), null);
        return summaries.summarize(
                query.by().name().toLowerCase(Locale.ROOT), selection.day(), report.groups(selection, query.by()));
    }
}
