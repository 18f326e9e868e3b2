package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import org.axonframework.serialization.Revision;

/**
 * A delivery risk no longer stands for a reason other than a promise in time: the order line was cancelled, it was
 * received in full, or the requisition it covered was cancelled.
 */
@Revision("1")
public record DeliveryRiskClosed(
        PurchaseOrderId purchaseOrderId,
        int lineNumber,
        RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        DeliveryRiskClosure closure) {}
