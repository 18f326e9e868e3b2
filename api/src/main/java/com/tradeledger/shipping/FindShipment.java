package com.tradeledger.shipping;

import com.tradeledger.shared.ShipmentId;

/** Ask for one shipment as it now stands; answered with a {@link ShipmentView}, or none. */
public record FindShipment(ShipmentId shipmentId) {}
