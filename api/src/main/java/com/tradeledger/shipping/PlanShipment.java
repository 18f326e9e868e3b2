package com.tradeledger.shipping;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import com.tradeledger.stock.WarehouseCode;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Plan a shipment of some of a signed contract's lines from one warehouse. */
public record PlanShipment(
        @TargetAggregateIdentifier ShipmentId shipmentId,
        ContractId contractId,
        WarehouseCode warehouse,
        List<ShipmentRequestLine> lines,
        Username plannedBy) {}
