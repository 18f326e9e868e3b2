package com.tradeledger.payables;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;

/**
 * Ask for a page of supplier bills, soonest due first, filtered by supplier, status and purchase order (a null
 * filter matches every bill); answered with a {@link SupplierBillPage}.
 */
public record ListSupplierBills(
        SupplierId supplierId, SupplierBillStatus status, PurchaseOrderId purchaseOrderId, int page, int size) {}
