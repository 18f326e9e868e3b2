package com.tradeledger.shipping;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shipment (出货) as it now stands: its contract, customer and warehouse, its priced lines and their value, the
 * carrier, customs and insurance details (单证; null until recorded), who planned and shipped it and when, and
 * why it was cancelled; {@code version} is the sequence number of its last event.
 */
public record ShipmentView(
        ShipmentId id,
        ContractId contractId,
        CustomerId customerId,
        WarehouseCode warehouse,
        ShipmentStatus status,
        List<ShipmentLine> lines,
        Money goodsValue,
        ShippingDetails details,
        Username plannedBy,
        Username shippedBy,
        LocalDate shippedOn,
        String cancellationReason,
        long version,
        Instant plannedAt,
        Instant changedAt) {}
