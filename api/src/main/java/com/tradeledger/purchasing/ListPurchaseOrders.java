package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.SupplierId;

/**
 * Ask for a page of purchase orders, newest first, filtered by supplier, status and a contract one of their lines
 * serves (a null filter matches every order); answered with a {@link PurchaseOrderPage}.
 */
public record ListPurchaseOrders(
        SupplierId supplierId, PurchaseOrderStatus status, ContractId contractId, int page, int size) {}
