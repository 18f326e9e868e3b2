package com.tradeledger.receiving;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;

/**
 * Ask for a page of goods receipts, newest first, filtered by purchase order and supplier (a null filter matches
 * every receipt); answered with a {@link GoodsReceiptPage}.
 */
public record ListGoodsReceipts(PurchaseOrderId purchaseOrderId, SupplierId supplierId, int page, int size) {}
