package com.tradeledger.products;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one product in the catalogue. */
public record ProductId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ProductId {
        Objects.requireNonNull(value, "ProductId needs a value");
    }

    public static ProductId generate() {
        return new ProductId(UUID.randomUUID());
    }

    public static ProductId of(String value) {
        return new ProductId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
