package com.tradeledger.shipping;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ShipmentId;

/** A cancelled shipment never left, so it has no carrier, customs or insurance details to record. */
public final class ShipmentWasCancelled extends BusinessRuleViolation {

    ShipmentWasCancelled(ShipmentId shipmentId) {
        super("shipment-cancelled", "shipment " + shipmentId + " was cancelled");
    }
}
