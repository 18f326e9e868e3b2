package com.tradeledger.billing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The number of an invoice or credit note: a series prefix, the year, and a gap-free sequence within them, as in
 * {@code INV-2026-000042} or {@code CN-2026-000003}.
 */
public record DocumentNumber(@JsonValue String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,4}-\\d{4}-\\d{6,}");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public DocumentNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a document number looks like INV-2026-000042");
        }
    }

    public static DocumentNumber of(String series, int year, long sequence) {
        return new DocumentNumber(String.format(Locale.ROOT, "%s-%04d-%06d", series, year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
