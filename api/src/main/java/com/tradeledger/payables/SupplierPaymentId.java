package com.tradeledger.payables;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one payment made to a supplier. */
public record SupplierPaymentId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SupplierPaymentId {
        Objects.requireNonNull(value, "SupplierPaymentId needs a value");
    }

    public static SupplierPaymentId generate() {
        return new SupplierPaymentId(UUID.randomUUID());
    }

    public static SupplierPaymentId of(String value) {
        return new SupplierPaymentId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
