package com.tradeledger.salesplanning;

import com.tradeledger.rates.ExchangeRateBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The sums of the sales figures in SQL, in the rows' currency and in the functional currency, and how a result row
 * reads back. A month's figures convert at the rate recorded on or before its last day; collections at their own
 * payments' rates.
 */
final class SalesFiguresSql {

    private static final List<String> COLUMNS = List.of(
            "quoted",
            "contracted",
            "shipped",
            "invoiced",
            "credited",
            "collected",
            "quotes_won",
            "quotes_lost",
            "commission_accrued",
            "commission_paid");

    /** The rate of a sales_performance row {@code p} to the functional currency {@code :functional}. */
    static final String RATE = ExchangeRateBook.rateOn(
            "p.currency", "cast(p.month + interval '1 month' - interval '1 day' as date)", ":functional");

    /** The figures of no sales at all. */
    static final SalesFigures NONE = new SalesFigures(
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            BigDecimal.ZERO);

    private SalesFiguresSql() {}

    /** The sums over rows of a {@code converted} table (sales_performance with its {@code rate}). */
    static String sums() {
        StringBuilder sql = new StringBuilder();
        for (String column : COLUMNS) {
            sql.append(", sum(").append(column).append(") as ").append(column);
            String functional = column.equals("collected") ? "collected_functional" : column + " * rate";
            sql.append(", sum(").append(functional).append(") as f_").append(column);
        }
        return sql.append(", bool_and(rate is not null) as complete").toString();
    }

    static SalesFigures amounts(ResultSet row) throws SQLException {
        return figures(row, "");
    }

    static SalesFigures functional(ResultSet row) throws SQLException {
        return figures(row, "f_");
    }

    /** Won over won and lost, in percent to two decimals; null when nothing was decided. */
    static BigDecimal winRate(SalesFigures figures) {
        if (figures.quotesWon() == null || figures.quotesLost() == null) {
            return null;
        }
        BigDecimal decided = figures.quotesWon().add(figures.quotesLost());
        if (decided.signum() == 0) {
            return null;
        }
        return figures.quotesWon().multiply(BigDecimal.valueOf(100)).divide(decided, 2, RoundingMode.HALF_EVEN);
    }

    private static SalesFigures figures(ResultSet row, String prefix) throws SQLException {
        BigDecimal[] values = new BigDecimal[COLUMNS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = money(row.getBigDecimal(prefix + COLUMNS.get(i)), !prefix.isEmpty());
        }
        return new SalesFigures(
                values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8],
                values[9]);
    }

    // Sums in the functional currency are products of amounts and rates: rounded half-even to the cent there.
    private static BigDecimal money(BigDecimal value, boolean converted) {
        if (value == null) {
            return null;
        }
        return converted ? value.setScale(2, RoundingMode.HALF_EVEN) : value;
    }
}
