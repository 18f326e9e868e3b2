package com.tradeledger.salesplanning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.tradeledger.shared.Username;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/** Identifies the sales target (销售计划) of one salesperson for one month. */
public record SalesTargetId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public SalesTargetId {
        Objects.requireNonNull(value, "SalesTargetId needs a value");
    }

    /** The target of a salesperson for a month: the same inputs always give the same id. */
    public static SalesTargetId of(Username salesperson, YearMonth period) {
        return new SalesTargetId(UUID.nameUUIDFromBytes(
                ("sales-target:" + salesperson.value() + ":" + period).getBytes(StandardCharsets.UTF_8)));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
