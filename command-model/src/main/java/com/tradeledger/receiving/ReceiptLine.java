package com.tradeledger.receiving;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;

/**
 * One line of a goods receipt as it stands, in the order line's unit: what inspection accepted and rejected, and how
 * much of each has gone back to the supplier since.
 */
record ReceiptLine(
        int purchaseOrderLine,
        ProductId productId,
        UnitOfMeasure unit,
        BigDecimal accepted,
        BigDecimal rejected,
        BigDecimal returnedFromStock,
        BigDecimal returnedRejected) {

    static ReceiptLine of(ReceivedLine line) {
        return new ReceiptLine(
                line.purchaseOrderLine(),
                line.productId(),
                line.unit(),
                line.accepted(),
                line.rejected(),
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    BigDecimal returnableFromStock() {
        return accepted.subtract(returnedFromStock);
    }

    BigDecimal returnableRejected() {
        return rejected.subtract(returnedRejected);
    }

    /** The line once {@code quantity} more of it went back, from stock or from the rejected goods. */
    ReceiptLine after(BigDecimal quantity, boolean fromStock) {
        return fromStock
                ? new ReceiptLine(
                        purchaseOrderLine,
                        productId,
                        unit,
                        accepted,
                        rejected,
                        returnedFromStock.add(quantity),
                        returnedRejected)
                : new ReceiptLine(
                        purchaseOrderLine,
                        productId,
                        unit,
                        accepted,
                        rejected,
                        returnedFromStock,
                        returnedRejected.add(quantity));
    }
}
