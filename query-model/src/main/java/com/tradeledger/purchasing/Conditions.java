package com.tradeledger.purchasing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a purchasing list query and its named parameters, for the filters that are more than a column
 * equal to a text (a flag, a contract among an order's contracts, a least number of days): each condition is given
 * as SQL by this package's code with one named parameter, never by the caller, and is left out when its value is
 * null.
 */
final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds the condition, whose SQL names the parameter {@code :name}, unless the value is null. */
    Conditions add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** The where clause with a leading space, or an empty string when no filter was given. */
    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }
}
