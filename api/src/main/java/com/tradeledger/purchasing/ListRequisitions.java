package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;

/**
 * Ask for a page of purchase requisitions (采购计划) by contract line, filtered by contract and status (a null filter
 * matches every requisition); answered with a {@link RequisitionPage}.
 */
public record ListRequisitions(ContractId contractId, RequisitionStatus status, int page, int size) {}
