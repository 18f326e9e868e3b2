package com.tradeledger.payables;

import com.tradeledger.shared.PurchaseOrderId;
import org.axonframework.serialization.Revision;

/** Bill, receipts and order agree within the tolerance: the bill may be paid. */
@Revision("1")
public record SupplierBillMatched(SupplierBillId billId, PurchaseOrderId purchaseOrderId) {}
