package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/** The supplier's code, unique across the ledger: 2 to 32 upper-case letters, digits, '-', '_' or '.'. */
public record SupplierCode(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,31}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SupplierCode {
        if (value == null
                || !FORMAT.matcher(value = value.strip().toUpperCase(Locale.ROOT))
                        .matches()) {
            throw new IllegalArgumentException("a supplier code is 2 to 32 letters, digits, '.', '_' or '-'");
        }
    }

    public static SupplierCode of(String value) {
        return new SupplierCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
