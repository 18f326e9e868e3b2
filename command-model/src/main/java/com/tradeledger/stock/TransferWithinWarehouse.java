package com.tradeledger.stock;

import com.tradeledger.shared.BusinessRuleViolation;

/** A transfer moves stock from one warehouse to another; moving it within one warehouse is no transfer. */
public final class TransferWithinWarehouse extends BusinessRuleViolation {

    TransferWithinWarehouse(WarehouseCode warehouse) {
        super("transfer-within-warehouse", "a transfer moves stock between two warehouses, but both were " + warehouse);
    }
}
