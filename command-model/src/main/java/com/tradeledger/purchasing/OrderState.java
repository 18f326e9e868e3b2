package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** A purchase order as receiving and payables read it. */
public record OrderState(
        PurchaseOrderId purchaseOrderId,
        SupplierId supplierId,
        Currency currency,
        PurchaseOrderStatus status,
        List<OrderLineState> lines) {

    public Optional<OrderLineState> line(int lineNumber) {
        return lines.stream().filter(line -> line.lineNumber() == lineNumber).findFirst();
    }
}
