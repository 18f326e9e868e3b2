package com.tradeledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** The login name of a member of staff, as events record who did what (a salesperson, an approver). */
public record Username(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._@-]{0,63}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Username {
        if (value == null || !FORMAT.matcher(value = value.strip()).matches()) {
            throw new IllegalArgumentException("a user name is 1 to 64 letters, digits, '.', '_', '@' or '-'");
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
