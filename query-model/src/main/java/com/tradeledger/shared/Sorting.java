package com.tradeledger.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The order of a list query's rows as a caller asked for it: a field name, or {@code -field} for descending, chosen
 * among the fields a read model offers. The columns come from the read model's own map, never from the caller, and a
 * tie-breaker column always follows so that pages never overlap.
 */
public final class Sorting {

    private final String orderBy;

    private Sorting(String orderBy) {
        this.orderBy = orderBy;
    }

    /**
     * The order for {@code requested} ({@code field} or {@code -field}; null or blank: {@code defaultField}), among
     * {@code columns} (field name to column or expression), ending with {@code tieBreaker}.
     *
     * @throws UnknownSortField when the field is not one the read model offers
     */
    public static Sorting of(String requested, Map<String, String> columns, String defaultField, String tieBreaker) {
        return of(requested, columns, defaultField, tieBreaker, true);
    }

    /**
     * As {@link #of}, for columns that never hold null: without a nulls clause. PostgreSQL reads a b-tree index in
     * ascending order with nulls last, so {@code asc nulls first} keeps it from serving the order even on a column
     * without nulls; a page then sorts every matching row.
     */
    public static Sorting ofNotNull(
            String requested, Map<String, String> columns, String defaultField, String tieBreaker) {
        return of(requested, columns, defaultField, tieBreaker, false);
    }

    private static Sorting of(
            String requested, Map<String, String> columns, String defaultField, String tieBreaker, boolean nulls) {
        Objects.requireNonNull(columns, "columns");
        String field = requested == null || requested.isBlank() ? defaultField : requested.strip();
        boolean descending = field.startsWith("-");
        String name = descending ? field.substring(1) : field;
        String column = columns.get(name);
        if (column == null) {
            throw new UnknownSortField(name, columns.keySet());
        }
        String direction = descending ? " desc" : " asc";
        if (nulls) {
            direction += descending ? " nulls last" : " nulls first";
        }
        return new Sorting(" order by " + column + direction + ", " + tieBreaker);
    }

    /** The order-by clause with a leading space. */
    public String orderBy() {
        return orderBy;
    }

    @Override
    public String toString() {
        return orderBy.strip().toLowerCase(Locale.ROOT);
    }
}
