package com.tradeledger.shipping;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.ShipmentId;
import org.axonframework.serialization.Revision;

/** A planned shipment was dropped before it left. */
@Revision("1")
public record ShipmentCancelled(ShipmentId shipmentId, ContractId contractId, String reason) {}
