package com.tradeledger.shipping;

import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The planned shipment left the warehouse: its stock is issued and the contract records what it carried. */
public record ShipShipment(
        @TargetAggregateIdentifier ShipmentId shipmentId,
        Username shippedBy,
        LocalDate shippedOn,
        @TargetAggregateVersion Long expectedVersion) {}
