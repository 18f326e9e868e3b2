package com.tradeledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one purchase order to a supplier. */
public record PurchaseOrderId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PurchaseOrderId {
        Objects.requireNonNull(value, "PurchaseOrderId needs a value");
    }

    public static PurchaseOrderId generate() {
        return new PurchaseOrderId(UUID.randomUUID());
    }

    public static PurchaseOrderId of(String value) {
        return new PurchaseOrderId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
