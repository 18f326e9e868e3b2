package com.tradeledger.contracting;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A shipment against the contract left the warehouse carrying these quantities of its lines. */
@Revision("1")
public record ContractShipmentRecorded(
        ContractId contractId, ShipmentId shipmentId, List<ShippedQuantity> lines, boolean fullyShipped) {}
