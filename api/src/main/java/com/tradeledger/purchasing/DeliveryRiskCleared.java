package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A new promise brings the line back in time for the contract line. */
@Revision("1")
public record DeliveryRiskCleared(
        PurchaseOrderId purchaseOrderId,
        int lineNumber,
        RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        LocalDate promisedDate) {}
