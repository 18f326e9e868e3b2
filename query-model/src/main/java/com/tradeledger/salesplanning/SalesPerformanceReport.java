package com.tradeledger.salesplanning;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.RowStreams;
import com.tradeledger.shared.Sorting;
import com.tradeledger.shared.Username;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads sales performance line by line or grouped by salesperson, customer, product or month (always per currency),
 * with the totals of every matching line per currency and in the functional currency, and streams it for exports.
 */
@Component
public class SalesPerformanceReport {

    private static final String KEY = "salesperson, customer_id, product_id, month, currency";

    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("salesperson", "salesperson"),
            Map.entry("customer", "customer_id"),
            Map.entry("product", "product_id"),
            Map.entry("month", "month"),
            Map.entry("currency", "currency"),
            Map.entry("quoted", "quoted"),
            Map.entry("contracted", "contracted"),
            Map.entry("shipped", "shipped"),
            Map.entry("invoiced", "invoiced"),
            Map.entry("credited", "credited"),
            Map.entry("collected", "collected"),
            Map.entry("commissionAccrued", "commission_accrued"),
            Map.entry("commissionPaid", "commission_paid"),
            Map.entry("functionalContracted", "f_contracted"),
            Map.entry("functionalInvoiced", "f_invoiced"),
            Map.entry("functionalCollected", "f_collected"));

    private final JdbcClient jdbc;
    private final RowStreams streams;

    public SalesPerformanceReport(JdbcClient jdbc, RowStreams streams) {
        this.jdbc = jdbc;
        this.streams = streams;
    }

    SalesPerformancePage list(ListSalesPerformance query) {
        var window = new PageWindow(query.page(), query.size());
        var parameters = parameters(query);
        String from = converted(query);
        String grouped = grouped(query);
        long total = jdbc.sql(from + "select count(*) from (" + grouped + ") lines")
                .params(parameters)
                .query(Long.class)
                .single();
        List<SalesPerformanceView> items = jdbc.sql(
                        from + grouped + sorting(query.sort()).orderBy() + " limit :limit offset :offset")
                .params(parameters)
                .param("limit", window.size())
                .param("offset", window.offset())
                .query((row, n) -> lineOf(row))
                .list();
        List<SalesPerformanceTotal> totals = jdbc.sql(from + "select currency" + SalesFiguresSql.sums()
                        + " from converted group by currency" + " order by currency")
                .params(parameters)
                .query((row, n) -> totalOf(row, Currency.getInstance(row.getString("currency")), false))
                .list();
        SalesPerformanceTotal functional = jdbc.sql(from + "select 1" + SalesFiguresSql.sums() + " from converted")
                .params(parameters)
                .query((row, n) -> totalOf(row, query.functionalCurrency(), true))
                .single();
        return new SalesPerformancePage(items, window.page(), window.size(), total, totals, functional);
    }

    /** Every line that matches the query, in its order, one at a time; returns how many there were. */
    long forEach(ListSalesPerformance query, Consumer<SalesPerformanceView> sink) {
        return streams.forEach(
                converted(query) + grouped(query) + sorting(query.sort()).orderBy(),
                parameters(query),
                (row, n) -> lineOf(row),
                sink);
    }

    /** Sorting by the query's field: checked before anything is read, so a bad field fails an export at once. */
    static Sorting sorting(String sort) {
        return Sorting.of(sort, SORTABLE, "-month", KEY);
    }

    private static String converted(ListSalesPerformance query) {
        var where = new StringBuilder(" where true");
        if (query.salesperson() != null) {
            where.append(" and p.salesperson = :salesperson");
        }
        if (query.customerId() != null) {
            where.append(" and p.customer_id = :customerId");
        }
        if (query.productId() != null) {
            where.append(" and p.product_id = :productId");
        }
        if (query.from() != null) {
            where.append(" and p.month >= :from");
        }
        if (query.to() != null) {
            where.append(" and p.month <= :to");
        }
        return "with converted as (select p.*, " + SalesFiguresSql.RATE + " as rate from sales_performance p" + where
                + ") ";
    }

    private static String grouped(ListSalesPerformance query) {
        String keys = switch (query.groupBy() == null ? "" : query.groupBy().name()) {
            case "SALESPERSON" ->
                "salesperson, cast(null as uuid) as customer_id,"
                        + " cast(null as uuid) as product_id, cast(null as date) as month, currency";
            case "CUSTOMER" ->
                "cast(null as text) as salesperson, customer_id,"
                        + " cast(null as uuid) as product_id, cast(null as date) as month, currency";
            case "PRODUCT" ->
                "cast(null as text) as salesperson, cast(null as uuid) as customer_id,"
                        + " product_id, cast(null as date) as month, currency";
            case "MONTH" ->
                "cast(null as text) as salesperson, cast(null as uuid) as customer_id,"
                        + " cast(null as uuid) as product_id, month, currency";
            default -> KEY;
        };
        String groupBy = switch (query.groupBy() == null ? "" : query.groupBy().name()) {
            case "SALESPERSON" -> "salesperson, currency";
            case "CUSTOMER" -> "customer_id, currency";
            case "PRODUCT" -> "product_id, currency";
            case "MONTH" -> "month, currency";
            default -> KEY;
        };
        return "select " + keys + SalesFiguresSql.sums() + " from converted group by " + groupBy;
    }

    private static Map<String, Object> parameters(ListSalesPerformance query) {
        var parameters = new HashMap<String, Object>();
        parameters.put("functional", query.functionalCurrency().getCurrencyCode());
        if (query.salesperson() != null) {
            parameters.put("salesperson", query.salesperson().value());
        }
        if (query.customerId() != null) {
            parameters.put("customerId", query.customerId().value());
        }
        if (query.productId() != null) {
            parameters.put("productId", query.productId().value());
        }
        if (query.from() != null) {
            parameters.put("from", query.from().atDay(1));
        }
        if (query.to() != null) {
            parameters.put("to", query.to().atDay(1));
        }
        return parameters;
    }

    private static SalesPerformanceView lineOf(ResultSet row) throws SQLException {
        String salesperson = row.getString("salesperson");
        UUID customer = row.getObject("customer_id", UUID.class);
        UUID product = row.getObject("product_id", UUID.class);
        Date month = row.getDate("month");
        SalesFigures amounts = SalesFiguresSql.amounts(row);
        return new SalesPerformanceView(
                salesperson == null ? null : Username.of(salesperson),
                customer == null ? null : new CustomerId(customer),
                product == null || product.equals(SalesCell.NO_PRODUCT) ? null : new ProductId(product),
                month == null ? null : YearMonth.from(month.toLocalDate()),
                Currency.getInstance(row.getString("currency")),
                amounts,
                SalesFiguresSql.functional(row),
                row.getBoolean("complete"),
                SalesFiguresSql.winRate(amounts));
    }

    private static SalesPerformanceTotal totalOf(ResultSet row, Currency currency, boolean functional)
            throws SQLException {
        if (row.getObject("complete") == null) {
            return new SalesPerformanceTotal(currency, SalesFiguresSql.NONE, true, null);
        }
        SalesFigures figures = functional ? SalesFiguresSql.functional(row) : SalesFiguresSql.amounts(row);
        boolean complete = row.getBoolean("complete");
        return new SalesPerformanceTotal(currency, figures, complete, SalesFiguresSql.winRate(figures));
    }
}
