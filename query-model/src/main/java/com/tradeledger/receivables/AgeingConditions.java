package com.tradeledger.receivables;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of an ageing list or summary over rows {@code r} that have a {@code due_on} column, and its named
 * parameters, among them {@code :day}, the day the ageing is taken on. An ageing bucket becomes a range of due dates,
 * so that it is answered from the index on the due date.
 */
public final class AgeingConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final LocalDate day;

    public AgeingConditions(LocalDate day) {
        this.day = day;
        parameters.put("day", day);
    }

    /** Adds the condition with its one parameter, unless the value is null. */
    public AgeingConditions add(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Rows in the bucket on the day, unless the bucket is null. */
    public AgeingConditions bucket(AgeingBucket bucket) {
        if (bucket == null) {
            return this;
        }
        switch (bucket) {
            case NOT_DUE -> dueBetween(day, null);
            case DAYS_1_30 -> dueBetween(day.minusDays(30), day.minusDays(1));
            case DAYS_31_60 -> dueBetween(day.minusDays(60), day.minusDays(31));
            case DAYS_61_90 -> dueBetween(day.minusDays(90), day.minusDays(61));
            case OVER_90 -> dueBetween(null, day.minusDays(91));
        }
        return this;
    }

    /** Rows past their due date on the day, when asked for. */
    public AgeingConditions overdueOnly(boolean overdueOnly) {
        if (overdueOnly) {
            conditions.add("r.due_on < cast(:day as date)");
        }
        return this;
    }

    public LocalDate day() {
        return day;
    }

    /** The where clause with a leading space, or an empty string when nothing is filtered. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    private void dueBetween(LocalDate from, LocalDate to) {
        add("r.due_on >= cast(:dueFrom as date)", "dueFrom", from);
        add("r.due_on <= cast(:dueTo as date)", "dueTo", to);
    }
}
