package com.tradeledger.shipping;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ShipmentId;

/** A commercial invoice bills goods that left: it exists once the shipment was shipped. */
final class ShipmentNotShipped extends BusinessRuleViolation {

    ShipmentNotShipped(ShipmentId shipmentId) {
        super(
                "shipment-not-shipped",
                "shipment " + shipmentId + " has not shipped, so it has no commercial invoice yet");
    }
}
