package com.tradeledger.products;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * A Harmonized System tariff code: the 6 internationally agreed digits, optionally extended to 8 or 10 by the
 * national tariff. Dots and spaces as people write them ("8471.30.00") are dropped.
 */
public record HsCode(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}(\\d{2}){0,2}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public HsCode {
        if (value == null
                || !FORMAT.matcher(value = value.replaceAll("[.\\s]", "")).matches()) {
            throw new IllegalArgumentException("an HS code has 6, 8 or 10 digits");
        }
    }

    public static HsCode of(String value) {
        return new HsCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
