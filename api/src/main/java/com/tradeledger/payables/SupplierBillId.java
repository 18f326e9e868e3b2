package com.tradeledger.payables;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one supplier bill (应付). */
public record SupplierBillId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SupplierBillId {
        Objects.requireNonNull(value, "SupplierBillId needs a value");
    }

    public static SupplierBillId generate() {
        return new SupplierBillId(UUID.randomUUID());
    }

    public static SupplierBillId of(String value) {
        return new SupplierBillId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
