package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A line's promised date falls after the date a contract line it serves needs it (交期匹配): the contract, the line,
 * and how many days late.
 */
@Revision("1")
public record DeliveryRiskRaised(
        PurchaseOrderId purchaseOrderId,
        int lineNumber,
        SupplierId supplierId,
        RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        LocalDate dateNeeded,
        LocalDate promisedDate,
        int daysLate) {}
