package com.tradeledger.payablesledger;

import com.tradeledger.rates.ExchangeRateBook;
import com.tradeledger.receivables.AgeingSelection;
import com.tradeledger.receivables.AgeingSummaries;
import com.tradeledger.receivables.AgeingSummary;
import com.tradeledger.shared.PageWindow;
import java.util.Currency;
import java.util.Locale;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Answers the questions about payables (应付帐款) from the payables ledger; it only reads. Amounts are converted into
 * the functional currency the books are kept in ({@code tradeledger.billing.functional-currency}).
 */
@Component
public class PayablesLedgerQueries {

    private final PayablesLedgerReport report;
    private final AgeingSummaries summaries;

    public PayablesLedgerQueries(
            PayablesLedgerReport report,
            ExchangeRateBook rates,
            @Value("${tradeledger.billing.functional-currency:CNY}") Currency functionalCurrency) {
        this.report = report;
        this.summaries = new AgeingSummaries(rates, functionalCurrency);
    }

    @QueryHandler
    public PayablePage handle(ListPayables query) {
        return report.page(report.select(query.filter(), query.sort()), new PageWindow(query.page(), query.size()));
    }

    @QueryHandler
    public AgeingSummary handle(SummarizePayables query) {
        AgeingSelection selection = report.select(query.filter(), null);
        return summaries.summarize(
                query.by().name().toLowerCase(Locale.ROOT), selection.day(), report.groups(selection, query.by()));
    }
}
