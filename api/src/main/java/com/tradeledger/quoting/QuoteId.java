package com.tradeledger.quoting;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one quote (报价) through all its revisions. */
public record QuoteId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public QuoteId {
        Objects.requireNonNull(value, "QuoteId needs a value");
    }

    public static QuoteId generate() {
        return new QuoteId(UUID.randomUUID());
    }

    public static QuoteId of(String value) {
        return new QuoteId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
