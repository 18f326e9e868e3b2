package com.tradeledger.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tradeledger.purchasing.PurchaseOrderPlaced;
import java.math.BigDecimal;
import java.math.MathContext;
import org.springframework.stereotype.Component;

/**
 * Reads a purchase order placed under revision 1 as revision 2: each line gains {@code baseUnitsPerUnit}, the
 * conversion it was placed at. Revision 1 lines hold it implicitly: placing a line counted its quantity into the base
 * unit as {@code baseQuantity = quantity × factor}, so the factor is {@code baseQuantity ÷ quantity}, exactly.
 */
@Component
class PurchaseOrderPlacedRevision2 extends RevisionUpcaster {

    static final String FIELD = "baseUnitsPerUnit";

    PurchaseOrderPlacedRevision2() {
        super(PurchaseOrderPlaced.class, "1", "2");
    }

    @Override
    protected ObjectNode upcast(ObjectNode payload) {
        for (JsonNode line : payload.path("lines")) {
            if (line instanceof ObjectNode placed && !placed.hasNonNull(FIELD)) {
                placed.put(FIELD, baseUnitsPerUnit(placed).toPlainString());
            }
        }
        return payload;
    }

    static BigDecimal baseUnitsPerUnit(JsonNode line) {
        BigDecimal quantity = new BigDecimal(line.path("quantity").asText());
        BigDecimal baseQuantity = new BigDecimal(line.path("baseQuantity").asText());
        BigDecimal factor;
        try {
            factor = baseQuantity.divide(quantity);
        } catch (ArithmeticException notTerminating) {
            // Only a hand-made row lands here: a placed line's base quantity is its quantity times a decimal factor.
            factor = baseQuantity.divide(quantity, MathContext.DECIMAL64);
        }
        BigDecimal plain = factor.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
