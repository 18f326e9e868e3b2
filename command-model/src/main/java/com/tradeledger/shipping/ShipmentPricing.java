package com.tradeledger.shipping;

import com.tradeledger.contracting.ContractLine;
import com.tradeledger.contracting.ShippableContract;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Prices a shipment's lines as the contract sold them: the contract line's net unit price, a total rounded to the
 * currency's minor unit, and the base quantity in proportion to the contract line's (all of it when the whole line
 * ships, so that nothing is lost to rounding).
 */
final class ShipmentPricing {

    private ShipmentPricing() {}

    static List<ShipmentLine> lines(ShippableContract contract, List<ShipmentRequestLine> requested) {
        return requested.stream()
                .map(request -> line(contract.line(request.contractLine()), request.quantity()))
                .toList();
    }

    private static ShipmentLine line(ContractLine line, BigDecimal quantity) {
        Money net = line.netUnitPrice();
        return new ShipmentLine(
                line.lineNumber(),
                line.productId(),
                line.sku(),
                quantity,
                line.unit(),
                baseQuantity(line, quantity),
                line.baseUnit(),
                net,
                net.times(quantity).rounded());
    }

    private static BigDecimal baseQuantity(ContractLine line, BigDecimal quantity) {
        if (quantity.compareTo(line.quantity()) == 0) {
            return line.baseQuantity();
        }
        return line.baseQuantity().multiply(quantity).divide(line.quantity(), MathContext.DECIMAL64);
    }
}
