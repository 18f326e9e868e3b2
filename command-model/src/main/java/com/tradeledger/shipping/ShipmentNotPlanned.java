package com.tradeledger.shipping;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ShipmentId;

/** Only a planned shipment leaves or is dropped; one that left or was cancelled stays as it ended. */
public final class ShipmentNotPlanned extends BusinessRuleViolation {

    ShipmentNotPlanned(ShipmentId shipmentId, ShipmentStatus status) {
        super("shipment-not-planned", "shipment " + shipmentId + " is " + status + ", not PLANNED");
    }
}
