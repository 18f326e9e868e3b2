package com.tradeledger.salesplanning;

import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sales performance table: sums per salesperson, customer, product, month and currency that events add to.
 * Every event is taken once, by its id, so that a redelivered event adds nothing.
 */
@Component
public class SalesPerformanceBook {

    private final JdbcClient jdbc;

    public SalesPerformanceBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the event is new to the view; it is remembered, so the next delivery of it answers false. */
    public boolean takes(String eventId) {
        return jdbc.sql("insert into sales_performance_event_seen (event_id) values (:id) on conflict do nothing")
                        .param("id", eventId)
                        .update()
                > 0;
    }

    /** Adds the amount (negative to take back) to the measure of the cell. */
    public void add(SalesCell cell, SalesMeasure measure, BigDecimal amount) {
        String column = measure.column();
        jdbc.sql("insert into sales_performance (salesperson, customer_id, product_id, month, currency, " + column
                        + ") values (:salesperson, :customerId, :productId, :month, :currency, :amount)"
                        + " on conflict (salesperson, month, customer_id, product_id, currency) do update set "
                        + column + " = sales_performance." + column + " + excluded." + column)
                .params(key(cell))
                .param("amount", amount)
                .update();
    }

    /** Adds money collected: in the cell's currency, and what it was worth in the functional currency. */
    public void addCollected(SalesCell cell, BigDecimal amount, BigDecimal functional) {
        jdbc.sql("""
                        insert into sales_performance (salesperson, customer_id, product_id, month, currency, collected,
                            collected_functional)
                        values (:salesperson, :customerId, :productId, :month, :currency, :amount, :functional)
                        on conflict (salesperson, month, customer_id, product_id, currency) do update
                           set collected = sales_performance.collected + excluded.collected,
                               collected_functional = sales_performance.collected_functional
                                   + excluded.collected_functional
                        """)
                .params(key(cell))
                .param("amount", amount)
                .param("functional", functional)
                .update();
    }

    /** Empties the view and everything it remembers, so that it can be rebuilt from the events. */
    public void clearAll() {
        jdbc.sql("""
                        truncate sales_performance, sales_performance_event_seen, sales_quote, sales_contract_line,
                            sales_contract, sales_invoice, sales_payment, sales_target
                        """).update();
    }

    private static java.util.Map<String, Object> key(SalesCell cell) {
        return java.util.Map.of(
                "salesperson", cell.salesperson().value(),
                "customerId", cell.customerId().value(),
                "productId", cell.productColumn(),
                "month", cell.month(),
                "currency", cell.currency().getCurrencyCode());
    }
}
