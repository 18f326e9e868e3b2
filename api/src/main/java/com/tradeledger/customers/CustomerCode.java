package com.tradeledger.customers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/** The customer's code, unique across the ledger: 2 to 32 upper-case letters, digits, '-', '_' or '.'. */
public record CustomerCode(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,31}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CustomerCode {
        if (value == null
                || !FORMAT.matcher(value = value.strip().toUpperCase(Locale.ROOT))
                        .matches()) {
            throw new IllegalArgumentException("a customer code is 2 to 32 letters, digits, '.', '_' or '-'");
        }
    }

    public static CustomerCode of(String value) {
        return new CustomerCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
