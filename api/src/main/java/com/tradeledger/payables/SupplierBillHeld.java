package com.tradeledger.payables;

import com.tradeledger.shared.PurchaseOrderId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The three-way match found differences: the bill is held until finance approves it. */
@Revision("1")
public record SupplierBillHeld(SupplierBillId billId, PurchaseOrderId purchaseOrderId, List<Mismatch> mismatches) {}
