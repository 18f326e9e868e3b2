package com.tradeledger.stock;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one stocktake sheet (盘点单): the counts of one warehouse recorded together. */
public record StocktakeId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public StocktakeId {
        Objects.requireNonNull(value, "StocktakeId needs a value");
    }

    public static StocktakeId generate() {
        return new StocktakeId(UUID.randomUUID());
    }

    public static StocktakeId of(String value) {
        return new StocktakeId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
