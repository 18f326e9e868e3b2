package com.tradeledger.web;

/** A request field whose value is well formed but not acceptable (an unknown salesperson, say); answered with 400. */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
