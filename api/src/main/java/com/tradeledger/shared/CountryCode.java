package com.tradeledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, such as CN, DE or US. */
public record CountryCode(@JsonValue String value) {

    private static final Set<String> KNOWN = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CountryCode {
        if (value == null || !KNOWN.contains(value = value.strip().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + value);
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
