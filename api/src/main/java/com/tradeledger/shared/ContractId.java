package com.tradeledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one sales contract (合同); shared, since every later step of the trade flow names its contract. */
public record ContractId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ContractId {
        Objects.requireNonNull(value, "ContractId needs a value");
    }

    public static ContractId generate() {
        return new ContractId(UUID.randomUUID());
    }

    public static ContractId of(String value) {
        return new ContractId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
