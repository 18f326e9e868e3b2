package com.tradeledger.salesplanning;

import com.tradeledger.rates.ExchangeRateBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sales forecast (销售预测) per month and currency: open quotes by the month their validity ends, weighted by the
 * win probability asked for, plus what signed contracts have not yet shipped, by each line's delivery month (the
 * signing month while a line has no delivery date). Converted at the rate recorded on or before the month's end.
 */
@Component
public class SalesForecastBook {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;

    public SalesForecastBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SalesForecastView forecast(ForecastSales query) {
        var parameters = new HashMap<String, Object>();
        parameters.put("functional", query.functionalCurrency().getCurrencyCode());
        String quoteFilter = "";
        String contractFilter = "";
        if (query.salesperson() != null) {
            quoteFilter = " and q.salesperson = :salesperson";
            contractFilter = " and c.salesperson = :salesperson";
            parameters.put("salesperson", query.salesperson().value());
        }
        var where = new StringBuilder(" where true");
        if (query.from() != null) {
            where.append(" and f.month >= :from");
            parameters.put("from", query.from().atDay(1));
        }
        if (query.to() != null) {
            where.append(" and f.month <= :to");
            parameters.put("to", query.to().atDay(1));
        }
        String months = "select f.month, f.currency, sum(f.quotes) as quotes, sum(f.unshipped) as unshipped from ("
                + "select cast(date_trunc('month', q.valid_until) as date) as month, q.currency,"
                + " q.issued_total as quotes, 0 as unshipped from sales_quote q where q.status = 'OPEN'" + quoteFilter
                + " union all select cast(date_trunc('month', coalesce(l.delivery_date, c.signed_on)) as date),"
                + " c.currency, 0, case when l.shipped >= l.quantity then 0"
                + " else greatest(l.total - l.shipped_value, 0) end"
                + " from sales_contract c join sales_contract_line l on l.contract_id = c.contract_id"
                + " where c.status = 'SIGNED'" + contractFilter + ") f" + where + " group by f.month, f.currency";
        String rate = ExchangeRateBook.rateOn(
                "m.currency", "cast(m.month + interval '1 month' - interval '1 day' as date)", ":functional");
        BigDecimal probability = query.quoteWinProbability().value();
        List<SalesForecastMonth> lines = jdbc.sql("select m.*, " + rate + " as rate from (" + months + ") m"
                        + " where m.quotes <> 0 or m.unshipped <> 0 order by m.month, m.currency")
                .params(parameters)
                .query((row, n) -> {
                    Currency currency = Currency.getInstance(row.getString("currency"));
                    BigDecimal quotes = row.getBigDecimal("quotes");
                    BigDecimal weighted = rounded(quotes.multiply(probability).divide(HUNDRED), currency);
                    BigDecimal unshipped = row.getBigDecimal("unshipped");
                    BigDecimal forecast = weighted.add(unshipped);
                    BigDecimal rateToFunctional = row.getBigDecimal("rate");
                    return new SalesForecastMonth(
                            YearMonth.from(row.getObject("month", LocalDate.class)),
                            currency,
                            quotes,
                            weighted,
                            unshipped,
                            forecast,
                            rateToFunctional == null
                                    ? null
                                    : rounded(forecast.multiply(rateToFunctional), query.functionalCurrency()));
                })
                .list();
        BigDecimal functional = rounded(BigDecimal.ZERO, query.functionalCurrency());
        boolean complete = true;
        for (SalesForecastMonth line : lines) {
            if (line.functionalForecast() == null) {
                complete = false;
            } else {
                functional = functional.add(line.functionalForecast());
            }
        }
        return new SalesForecastView(
                lines, query.quoteWinProbability(), query.functionalCurrency(), functional, complete);
    }

    private static BigDecimal rounded(BigDecimal amount, Currency currency) {
        return amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_EVEN);
    }
}
