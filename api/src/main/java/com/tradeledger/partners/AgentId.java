package com.tradeledger.partners;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one commission agent or business partner (渠道/佣金客户); contracts name it by its code instead. */
public record AgentId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AgentId {
        Objects.requireNonNull(value, "AgentId needs a value");
    }

    public static AgentId generate() {
        return new AgentId(UUID.randomUUID());
    }

    public static AgentId of(String value) {
        return new AgentId(UUID.fromString(value));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
