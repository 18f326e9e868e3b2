package com.tradeledger.shipping;

import com.tradeledger.contracting.ContractLine;
import com.tradeledger.contracting.LinePortion;
import com.tradeledger.contracting.ShippableContract;
import com.tradeledger.contracting.ShippedQuantity;
import java.util.List;

/**
 * Prices a shipment's lines as the contract sold them, against what of each contract line shipped before: the
 * contract line's net unit price, and the total and base quantity the contract gives that part of the line (the
 * part that ships the last of a line takes what is left of it, so that a line's shipments add up to it exactly).
 * A shipment is priced when it is planned and again, as the contract then stands, when it leaves.
 */
final class ShipmentPricing {

    private ShipmentPricing() {}

    static List<ShipmentLine> lines(ShippableContract contract, List<ShippedQuantity> quantities) {
        return quantities.stream()
                .map(quantity -> line(
                        contract.line(quantity.lineNumber()),
                        contract.portion(quantity.lineNumber(), quantity.quantity())))
                .toList();
    }

    private static ShipmentLine line(ContractLine line, LinePortion portion) {
        return new ShipmentLine(
                line.lineNumber(),
                line.productId(),
                line.sku(),
                portion.quantity(),
                line.unit(),
                portion.baseQuantity(),
                line.baseUnit(),
                line.netUnitPrice(),
                portion.total());
    }
}
