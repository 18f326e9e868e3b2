package com.tradeledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one goods receipt (收货). */
public record GoodsReceiptId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public GoodsReceiptId {
        Objects.requireNonNull(value, "GoodsReceiptId needs a value");
    }

    public static GoodsReceiptId generate() {
        return new GoodsReceiptId(UUID.randomUUID());
    }

    public static GoodsReceiptId of(String value) {
        return new GoodsReceiptId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
