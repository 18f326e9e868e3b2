package com.tradeledger.web;

/**
 * A request field or header whose value is not acceptable (an unknown salesperson, an unreadable If-Match);
 * answered with 400 naming it.
 */
public class InvalidField extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidField(String field, String message) {
        this(field, "invalid-value", message);
    }

    private InvalidField(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    /** A request header that cannot be read. */
    public static InvalidField header(String header, String message) {
        return new InvalidField(header, "malformed-header", message);
    }

    public String field() {
        return field;
    }

    String code() {
        return code;
    }
}
