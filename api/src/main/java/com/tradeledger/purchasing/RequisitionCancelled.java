package com.tradeledger.purchasing;

import com.tradeledger.shared.ContractId;
import org.axonframework.serialization.Revision;

/** The requisition was cancelled. */
@Revision("1")
public record RequisitionCancelled(RequisitionId requisitionId, ContractId contractId, String reason) {}
