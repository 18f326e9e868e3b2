package com.tradeledger.shipping;

import com.tradeledger.shared.ShipmentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Drop a planned shipment that has not left. */
public record CancelShipment(
        @TargetAggregateIdentifier ShipmentId shipmentId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
