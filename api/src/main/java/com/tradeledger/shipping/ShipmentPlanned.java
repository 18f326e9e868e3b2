package com.tradeledger.shipping;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A shipment was planned against a signed contract, from one warehouse. */
@Revision("1")
public record ShipmentPlanned(
        ShipmentId shipmentId,
        ContractId contractId,
        CustomerId customerId,
        WarehouseCode warehouse,
        List<ShipmentLine> lines,
        Username plannedBy) {}
