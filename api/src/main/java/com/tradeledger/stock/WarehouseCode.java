package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/** The code of a warehouse (仓库): 1 to 20 upper-case letters, digits, '-', '_' or '.'. */
public record WarehouseCode(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,19}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public WarehouseCode {
        if (value == null
                || !FORMAT.matcher(value = value.strip().toUpperCase(Locale.ROOT))
                        .matches()) {
            throw new IllegalArgumentException("a warehouse code is 1 to 20 letters, digits, '.', '_' or '-'");
        }
    }

    public static WarehouseCode of(String value) {
        return new WarehouseCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
