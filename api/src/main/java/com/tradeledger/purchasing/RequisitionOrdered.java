package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import org.axonframework.serialization.Revision;

/** A purchase order line covers the requisition. */
@Revision("1")
public record RequisitionOrdered(
        RequisitionId requisitionId, ContractId contractId, PurchaseOrderId purchaseOrderId, int purchaseOrderLine) {}
