package com.tradeledger.billing;

import com.tradeledger.contracting.ContractLine;
import com.tradeledger.shipping.ShipmentLine;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a contract ordered of each line and what its shipments carried so far, in the line's unit, as the billing
 * process counts them from the shipments it invoices.
 */
record ContractQuantities(Map<Integer, BigDecimal> ordered, Map<Integer, BigDecimal> shipped) {

    static ContractQuantities of(List<ContractLine> lines) {
        Map<Integer, BigDecimal> ordered = new HashMap<>();
        lines.forEach(line -> ordered.merge(line.lineNumber(), line.quantity(), BigDecimal::add));
        return new ContractQuantities(Map.copyOf(ordered), Map.of());
    }

    /** These quantities with the shipment's lines added to what shipped before. */
    ContractQuantities shipping(List<ShipmentLine> lines) {
        Map<Integer, BigDecimal> total = new HashMap<>(shipped);
        lines.forEach(line -> total.merge(line.contractLine(), line.quantity(), BigDecimal::add));
        return new ContractQuantities(ordered, Map.copyOf(total));
    }

    /** Whether every line ordered was shipped in full; a contract without lines never is. */
    boolean everyLineShipped() {
        return !ordered.isEmpty()
                && ordered.entrySet().stream()
                        .allMatch(line -> shipped.getOrDefault(line.getKey(), BigDecimal.ZERO)
                                        .compareTo(line.getValue())
                                >= 0);
    }
}
