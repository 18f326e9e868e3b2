package com.tradeledger.shared;

/**
 * A command left out a value the ledger needs, or gave only blanks. The HTTP layer validates first; this rule
 * stands behind it so that no other sender can make an aggregate record an empty fact.
 */
public final class MissingValue extends BusinessRuleViolation {

    private final String field;

    public MissingValue(String field) {
        super("missing-value", field + " is required and was missing or blank");
        this.field = field;
    }

    /** Refuses a null value, or a text of nothing but blanks; {@code field} names it as the command does. */
    public static void requirePresent(Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new MissingValue(field);
        }
    }

    /** The command's field that was missing, as the command names it. */
    public String field() {
        return field;
    }
}
