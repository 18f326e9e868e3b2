package com.tradeledger.partners;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/** An e-mail address to reach a partner at, as given: something before and after a single '@', without blanks. */
public record EmailAddress(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public EmailAddress {
        if (value == null || !FORMAT.matcher(value = value.strip()).matches() || value.length() > 254) {
            throw new IllegalArgumentException("not an e-mail address: " + value);
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
