package com.tradeledger.shipping;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.ShipmentId;

/** A shipment carries goods: one without a single contract line ships nothing. */
public final class ShipmentHasNoLines extends BusinessRuleViolation {

    ShipmentHasNoLines(ShipmentId shipmentId) {
        super("shipment-has-no-lines", "shipment " + shipmentId + " lists no contract line to ship");
    }
}
