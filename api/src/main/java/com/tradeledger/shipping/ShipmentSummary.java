package com.tradeledger.shipping;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.stock.WarehouseCode;
import java.time.Instant;
import java.time.LocalDate;

/** A shipment as a list shows it: its contract, customer, warehouse, where it stands, its value and ship date. */
public record ShipmentSummary(
        ShipmentId id,
        ContractId contractId,
        CustomerId customerId,
        WarehouseCode warehouse,
        ShipmentStatus status,
        Money goodsValue,
        LocalDate shippedOn,
        Instant changedAt) {}
