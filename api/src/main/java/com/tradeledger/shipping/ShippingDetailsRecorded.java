package com.tradeledger.shipping;

import com.tradeledger.shared.ShipmentId;
import org.axonframework.serialization.Revision;

/** The shipment's carrier, customs and insurance details were recorded or corrected (the whole set). */
@Revision("1")
public record ShippingDetailsRecorded(ShipmentId shipmentId, ShippingDetails details) {}
