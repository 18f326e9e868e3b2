package com.tradeledger.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The where clause of a list query and its named parameters, built from the filters a caller gave; a null
 * filter matches everything. Column names come from the read model's code, never from the caller.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Rows whose column equals the value (its {@code toString()}), unless the value is null. */
    public Filters equal(String column, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + column);
            parameters.put(column, value.toString());
        }
        return this;
    }

    // The driver sends strings as varchar, which PostgreSQL does not compare with uuid unless told to.
    /** Rows whose uuid column equals the id (its {@code toString()}), unless the id is null. */
    public Filters equalId(String column, Object id) {
        if (id != null) {
            conditions.add(column + " = cast(:" + column + " as uuid)");
            parameters.put(column, id.toString());
        }
        return this;
    }

    /** Rows where any of the columns contains the text, ignoring case, unless the text is null or blank. */
    public Filters containing(String text, String... columns) {
        if (text != null && !text.isBlank()) {
            conditions.add(Arrays.stream(columns)
                    .map(column -> column + " ilike :text")
                    .collect(Collectors.joining(" or ", "(", ")")));
            parameters.put("text", "%" + escapeWildcards(text.strip()) + "%");
        }
        return this;
    }

    /** The where clause with a leading space, or an empty string when no filter was given. */
    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    // A customer searching for "10%" means the characters, not a LIKE pattern; backslash is PostgreSQL's
    // default LIKE escape.
    private static String escapeWildcards(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
