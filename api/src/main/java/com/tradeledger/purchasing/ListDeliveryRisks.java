package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.SupplierId;

/**
 * Ask for a page of delivery risks (交期匹配), filtered by contract, supplier, status and at least so many days late (a
 * null filter matches every risk), sorted by {@code sort}: one of daysLate, dateNeeded, promisedDate, contract,
 * supplier, changedAt, with a leading '-' for descending; null for the latest changed first. Answered with a
 * {@link DeliveryRiskPage}.
 */
public record ListDeliveryRisks(
        ContractId contractId,
        SupplierId supplierId,
        DeliveryRiskStatus status,
        Integer minDaysLate,
        int page,
        int size,
        String sort) {}
