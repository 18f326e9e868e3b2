package com.tradeledger.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/** Conversions between values and the columns that hold them, where an absent value is SQL NULL. */
public final class Columns {

    private Columns() {}

    /** The value converted, or null when there is no value. */
    public static <T, R> R nullable(T value, Function<? super T, ? extends R> conversion) {
        return value == null ? null : conversion.apply(value);
    }

    // The JDBC driver takes timestamptz parameters as OffsetDateTime, not as Instant.
    public static OffsetDateTime timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        return nullable(row.getObject(column, OffsetDateTime.class), OffsetDateTime::toInstant);
    }
}
