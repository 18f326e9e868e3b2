package com.tradeledger.purchasing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel an open requisition (its contract was cancelled). */
public record CancelRequisition(@TargetAggregateIdentifier RequisitionId requisitionId, String reason) {}
