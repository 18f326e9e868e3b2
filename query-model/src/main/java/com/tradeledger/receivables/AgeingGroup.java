package com.tradeledger.receivables;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;

/**
 * One group of an ageing summary in one currency as summed in SQL: its key and label, how many documents, what is
 * outstanding in all and per bucket.
 */
public record AgeingGroup(
        String key,
        String label,
        Currency currency,
        long documents,
        BigDecimal outstanding,
        BigDecimal notDue,
        BigDecimal days1To30,
        BigDecimal days31To60,
        BigDecimal days61To90,
        BigDecimal over90) {

    /** Reads a row of {@code key, label, currency} and {@link AgeingSql#SUMS}. */
    public static AgeingGroup read(ResultSet row, int rowNumber) throws SQLException {
        return new AgeingGroup(
                row.getString("key"),
                row.getString("label"),
                Currency.getInstance(row.getString("currency")),
                row.getLong("documents"),
                row.getBigDecimal("outstanding"),
                row.getBigDecimal("not_due"),
                row.getBigDecimal("days_1_30"),
                row.getBigDecimal("days_31_60"),
                row.getBigDecimal("days_61_90"),
                row.getBigDecimal("over_90"));
    }
}
