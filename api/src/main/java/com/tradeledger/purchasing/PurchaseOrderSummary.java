package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A purchase order as a list shows it: supplier, status, total, when placed, and the contracts its lines serve. */
public record PurchaseOrderSummary(
        PurchaseOrderId id,
        SupplierId supplierId,
        PurchaseOrderStatus status,
        Money total,
        LocalDate placedOn,
        List<ContractId> contracts,
        Instant changedAt) {

    /** The summary without the order's total, for staff who may not see cost prices (价格访问权限). */
    public PurchaseOrderSummary withoutPrices() {
        return new PurchaseOrderSummary(id, supplierId, status, null, placedOn, contracts, changedAt);
    }
}
