package com.tradeledger.shipping;

import com.tradeledger.shared.ShipmentId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Record (or correct) the shipment's carrier, customs and insurance details. */
public record RecordShippingDetails(
        @TargetAggregateIdentifier ShipmentId shipmentId,
        ShippingDetails details,
        @TargetAggregateVersion Long expectedVersion) {}
