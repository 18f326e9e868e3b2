package com.tradeledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one shipment (出货) against a contract; shared, since stock and billing name the shipment too. */
public record ShipmentId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ShipmentId {
        Objects.requireNonNull(value, "ShipmentId needs a value");
    }

    public static ShipmentId generate() {
        return new ShipmentId(UUID.randomUUID());
    }

    public static ShipmentId of(String value) {
        return new ShipmentId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
