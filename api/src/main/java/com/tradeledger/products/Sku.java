package com.tradeledger.products;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/** A stock-keeping unit code, unique across the catalogue: 2 to 40 upper-case letters, digits, '-', '_' or '.'. */
public record Sku(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,39}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Sku {
        if (value == null
                || !FORMAT.matcher(value = value.strip().toUpperCase(Locale.ROOT))
                        .matches()) {
            throw new IllegalArgumentException("a SKU is 2 to 40 letters, digits, '.', '_' or '-'");
        }
    }

    public static Sku of(String value) {
        return new Sku(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
