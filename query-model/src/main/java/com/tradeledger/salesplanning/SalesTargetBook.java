package com.tradeledger.salesplanning;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sales targets (销售计划) set, one per salesperson and month, read with their actual: the month's contracted
 * value (signed, less cancelled) in the functional currency, and the attainment in percent of the target.
 */
@Component
public class SalesTargetBook {

    private final JdbcClient jdbc;

    public SalesTargetBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The target now reads as set, replacing any earlier one for the salesperson and month. */
    public void set(SalesTargetSet event) {
        jdbc.sql("""
                        insert into sales_target (salesperson, month, amount, currency, set_by)
                        values (:salesperson, :month, :amount, :currency, :setBy)
                        on conflict (salesperson, month) do update
                           set amount = excluded.amount, currency = excluded.currency, set_by = excluded.set_by
                        """)
                .param("salesperson", event.salesperson().value())
                .param("month", event.period().atDay(1))
                .param("amount", event.target().amount())
                .param("currency", event.target().currency().getCurrencyCode())
                .param("setBy", event.setBy().value())
                .update();
    }

    SalesTargetPage list(ListSalesTargets query) {
        var window = new PageWindow(query.page(), query.size());
        var where = new StringBuilder(" where true");
        var parameters = new HashMap<String, Object>();
        parameters.put("functional", query.functionalCurrency().getCurrencyCode());
        if (query.salesperson() != null) {
            where.append(" and t.salesperson = :salesperson");
            parameters.put("salesperson", query.salesperson().value());
        }
        if (query.from() != null) {
            where.append(" and t.month >= :from");
            parameters.put("from", query.from().atDay(1));
        }
        if (query.to() != null) {
            where.append(" and t.month <= :to");
            parameters.put("to", query.to().atDay(1));
        }
        long total = jdbc.sql("select count(*) from sales_target t" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        List<SalesTargetView> items = jdbc.sql("select t.*, actual.amount as actual, actual.complete"
                        + " from sales_target t left join lateral (select sum(p.contracted * (" + SalesFiguresSql.RATE
                        + ")) as amount, bool_and((" + SalesFiguresSql.RATE + ") is not null) as complete"
                        + " from sales_performance p where p.salesperson = t.salesperson and p.month = t.month"
                        + " and p.contracted <> 0) actual on true" + where
                        + " order by t.month desc, t.salesperson limit :limit offset :offset")
                .params(parameters)
                .param("limit", window.size())
                .param("offset", window.offset())
                .query((row, n) -> targetOf(row))
                .list();
        return new SalesTargetPage(items, window.page(), window.size(), total);
    }

    private static SalesTargetView targetOf(ResultSet row) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        Money target = new Money(row.getBigDecimal("amount"), currency);
        BigDecimal actualAmount = row.getBigDecimal("actual");
        Money actual = new Money(
                actualAmount == null
                        ? BigDecimal.ZERO
                        : actualAmount.setScale(
                                Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN),
                currency);
        BigDecimal attainment =
                actual.amount().multiply(BigDecimal.valueOf(100)).divide(target.amount(), 2, RoundingMode.HALF_EVEN);
        return new SalesTargetView(
                Username.of(row.getString("salesperson")),
                YearMonth.from(row.getObject("month", LocalDate.class)),
                target,
                actual,
                attainment,
                row.getObject("complete") == null || row.getBoolean("complete"),
                Username.of(row.getString("set_by")));
    }
}
