package com.tradeledger.purchasing;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A purchase order as it now stands: the supplier, currency and total as placed, where it stands, whether the
 * supplier confirmed it, and its lines with what is still on order. {@code version} is the sequence number of its
 * last event.
 */
public record PurchaseOrderView(
        PurchaseOrderId id,
        SupplierId supplierId,
        Currency currency,
        Money total,
        PurchaseOrderStatus status,
        boolean confirmed,
        List<PurchaseOrderLineView> lines,
        Username placedBy,
        LocalDate placedOn,
        long version,
        Instant placedAt,
        Instant changedAt) {

    /** The order without its purchase prices, for staff who may not see cost prices (价格访问权限). */
    public PurchaseOrderView withoutPrices() {
        return new PurchaseOrderView(
                id,
                supplierId,
                currency,
                null,
                status,
                confirmed,
                lines.stream().map(PurchaseOrderLineView::withoutPrices).toList(),
                placedBy,
                placedOn,
                version,
                placedAt,
                changedAt);
    }
}
