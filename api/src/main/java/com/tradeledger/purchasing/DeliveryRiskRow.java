package com.tradeledger.purchasing;

import java.time.Instant;
import java.time.LocalDate;

/** One delivery risk (交期匹配) as a flat line of an analyst's CSV export: the view without its history. */
public record DeliveryRiskRow(
        String purchaseOrderId,
        int lineNumber,
        String requisitionId,
        String contractId,
        int contractLine,
        String supplierId,
        DeliveryRiskStatus status,
        DeliveryRiskClosure closure,
        int daysLate,
        LocalDate dateNeeded,
        LocalDate promisedDate,
        Instant raisedAt,
        Instant changedAt) {}
