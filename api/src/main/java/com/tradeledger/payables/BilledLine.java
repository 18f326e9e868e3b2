package com.tradeledger.payables;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.products.ProductId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/**
 * One line of a supplier bill beside what it is matched against: the quantity received (accepted, less returns) and
 * not billed by an earlier bill, and the price ordered.
 */
public record BilledLine(
        int purchaseOrderLine,
        ProductId productId,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        UnitOfMeasure unit,
        Money unitPrice,
        Money total,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedQuantity,
        Money orderedUnitPrice) {

    /** This line matched against what is left once earlier bills took {@code billedBefore} of the received goods. */
    public BilledLine lessBilledBefore(BigDecimal billedBefore) {
        BigDecimal unbilled = receivedQuantity.subtract(billedBefore).max(BigDecimal.ZERO);
        return new BilledLine(
                purchaseOrderLine, productId, quantity, unit, unitPrice, total, unbilled, orderedUnitPrice);
    }
}
