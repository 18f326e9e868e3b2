package com.tradeledger.customers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one customer of the ledger. */
public record CustomerId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CustomerId {
        Objects.requireNonNull(value, "CustomerId needs a value");
    }

    public static CustomerId generate() {
        return new CustomerId(UUID.randomUUID());
    }

    public static CustomerId of(String value) {
        return new CustomerId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
