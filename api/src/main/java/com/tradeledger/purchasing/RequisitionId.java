package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies one purchase requisition: what must be bought for one contract line. */
public record RequisitionId(@JsonValue UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RequisitionId {
        Objects.requireNonNull(value, "RequisitionId needs a value");
    }

    public static RequisitionId of(String value) {
        return new RequisitionId(UUID.fromString(value));
    }

    /** The requisition for a product of a contract line: the same inputs always give the same id. */
    public static RequisitionId forContractLine(ContractId contractId, int contractLine, ProductId productId) {
        return new RequisitionId(UUID.nameUUIDFromBytes(
                ("requisition:" + contractId + ":" + contractLine + ":" + productId).getBytes(StandardCharsets.UTF_8)));
    }

    /** The raw value: Axon keys aggregates by it. */
    @Override
    public String toString() {
        return value.toString();
    }
}
