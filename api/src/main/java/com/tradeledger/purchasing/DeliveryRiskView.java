package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The delivery risk (交期匹配) of one purchase order line for one requisition it covers: the contract line it
 * serves, the supplier, the date needed and the latest promise, whether it stands and by how many days (zero once
 * cleared, as it last stood once closed), why it was closed ({@code closure}, null unless closed), and every raise,
 * clear and close in order.
 */
public record DeliveryRiskView(
        PurchaseOrderId purchaseOrderId,
        int lineNumber,
        RequisitionId requisitionId,
        ContractId contractId,
        int contractLine,
        SupplierId supplierId,
        DeliveryRiskStatus status,
        DeliveryRiskClosure closure,
        int daysLate,
        LocalDate dateNeeded,
        LocalDate promisedDate,
        List<DeliveryRiskChange> history,
        Instant raisedAt,
        Instant changedAt) {}
