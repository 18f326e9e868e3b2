package com.tradeledger.salesplanning;

import static com.tradeledger.salesplanning.SalesEvents.CNY;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.rates.ExchangeRateBook;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The sales performance projections and queries over one database, with helpers to read one line back. */
final class SalesViewFixture {

    final SalesPipelineProjection pipeline;
    final SalesHistory history;
    final SalesPerformanceQueries queries;
    private final ReadModelDatabase database;
    private final ExchangeRateBook rates;

    SalesViewFixture(ReadModelDatabase database) {
        this.database = database;
        var performance = new SalesPerformanceBook(database.jdbc());
        var deals = new SalesDealBook(database.jdbc());
        var targets = new SalesTargetBook(database.jdbc());
        this.pipeline = new SalesPipelineProjection(performance, deals, targets);
        this.history = new SalesHistory(pipeline, new SalesRevenueProjection(performance, deals));
        this.queries = new SalesPerformanceQueries(
                new SalesPerformanceReport(database.jdbc(), null), targets, new SalesForecastBook(database.jdbc()));
        this.rates = new ExchangeRateBook(database.jdbc());
        pipeline.reset();
        database.clear("exchange_rate_seen");
    }

    /** A payment recorded the rate of the currency to CNY on the day. */
    void rate(String currency, LocalDate on, String rate) {
        rates.record(
                "rate-" + currency + on,
                java.util.Currency.getInstance(currency),
                CNY,
                on,
                new BigDecimal(rate),
                Instant.parse("2025-01-01T00:00:00Z"));
    }

    SalesPerformancePage list(ListSalesPerformance query) {
        return queries.handle(query);
    }

    /** Every line, ungrouped, for a salesperson (null: all). */
    List<SalesPerformanceView> lines(Username salesperson) {
        return list(new ListSalesPerformance(salesperson, null, null, null, null, null, null, CNY, 0, 200))
                .items();
    }

    /** The line of the salesperson, customer, product (null: not per product) and month, if any. */
    Optional<SalesPerformanceView> line(Username salesperson, CustomerId customer, ProductId product, YearMonth month) {
        return lines(salesperson).stream()
                .filter(line -> line.customerId().equals(customer)
                        && Objects.equals(line.productId(), product)
                        && line.month().equals(month))
                .findFirst();
    }

    SalesFigures amounts(Username salesperson, CustomerId customer, ProductId product, YearMonth month) {
        return line(salesperson, customer, product, month).orElseThrow().amounts();
    }

    /** Every table of the view as JSON text, in a fixed order, to compare a rebuild with the live view. */
    List<String> tables() {
        return database.jdbc().sql("""
                        select cast(to_jsonb(p) as text) from sales_performance p
                        union all select cast(to_jsonb(q) as text) from sales_quote q
                        union all select cast(to_jsonb(c) as text) from sales_contract c
                        union all select cast(to_jsonb(l) as text) from sales_contract_line l
                        union all select cast(to_jsonb(i) as text) from sales_invoice i
                        union all select cast(to_jsonb(y) as text) from sales_payment y
                        union all select cast(to_jsonb(t) as text) from sales_target t
                        order by 1
                        """).query(String.class).list();
    }
}
