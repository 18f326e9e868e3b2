package com.tradeledger.receivables;

import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.Sorting;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows {@code r} of an ageing list (a select of open documents, live or as of a day) with the conditions and order
 * asked for: the SQL of one page, of their count, of all of them for an export, and of their summary.
 */
public record AgeingSelection(String source, AgeingConditions conditions, Sorting sorting) {

    public LocalDate day() {
        return conditions.day();
    }

    public Map<String, Object> parameters() {
        return conditions.parameters();
    }

    public String count() {
        return "select count(*) from (" + source + ") r" + conditions.where();
    }

    /** Every row, in order, with its days overdue. */
    public String all() {
        return "select r.*, " + AgeingSql.DAYS_OVERDUE + " as days_overdue from (" + source + ") r" + conditions.where()
                + sorting.orderBy();
    }

    public String page(PageWindow window) {
        return all() + " limit " + window.size() + " offset " + window.offset();
    }

    /** How many rows the selection holds. */
    public long total(JdbcClient jdbc) {
        return jdbc.sql(count()).params(parameters()).query(Long.class).single();
    }

    /** The rows of one page, in order. */
    public <T> List<T> page(JdbcClient jdbc, PageWindow window, RowMapper<T> mapper) {
        return jdbc.sql(page(window)).params(parameters()).query(mapper).list();
    }

    /** The {@link #summary} groups, read. */
    public List<AgeingGroup> groups(JdbcClient jdbc, String key, String label, String order) {
        return jdbc.sql(summary(key, label, order))
                .params(parameters())
                .query(AgeingGroup::read)
                .list();
    }

    /**
     * One row per key and currency with {@link AgeingSql#SUMS}, ordered by {@code order}. Grouped by position: the
     * key may hold the day's parameter, which would not match itself when written twice.
     */
    public String summary(String key, String label, String order) {
        return "select " + key + " as key, " + label + " as label, r.currency, " + AgeingSql.SUMS + " from (" + source
                + ") r" + conditions.where() + " group by 1, 3 order by " + order + ", 3";
    }
}
