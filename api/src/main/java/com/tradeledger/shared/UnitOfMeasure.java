package com.tradeledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/** A unit of measure code such as PCS, CTN, KG or M; upper-case letters and digits. */
public record UnitOfMeasure(@JsonValue String code) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{0,9}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public UnitOfMeasure {
        if (code == null
                || !FORMAT.matcher(code = code.strip().toUpperCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException(
                    "a unit of measure is 1 to 10 letters or digits, starting with a letter");
        }
    }

    public static UnitOfMeasure of(String code) {
        return new UnitOfMeasure(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
