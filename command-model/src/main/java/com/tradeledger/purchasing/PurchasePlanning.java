package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractCompleted;
import com.tradeledger.contracting.ContractStockAllocated;
import com.tradeledger.contracting.LineAllocation;
import com.tradeledger.purchasing.PurchasePlanningExplosion.Purchase;
import com.tradeledger.shared.ContractId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;

/**
 * The purchase plan (采购计划) of one signed contract: for each line with something left to buy once stock was
 * reserved, it raises a requisition for the finished product (成品采购), or for each material its bill of materials
 * explodes into (物料采购), needed the handling days before the line's delivery date. It follows its requisitions
 * until the contract ends: cancelled or completed, it cancels every requisition not cancelled yet, whatever an order
 * did for it, so nothing more is reserved for the contract and what its requisitions reserved (materials too) is
 * given back. Requisition ids are derived from the contract line and the product, and it counts one as raised only
 * once the command succeeded, so a redelivered event raises only what was not raised yet. Its fields are its stored
 * state.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class PurchasePlanning {

    private static final String CONTRACT = "contractId";

    private ContractId contractId;
    private Set<RequisitionId> raised = new HashSet<>();
    private Set<RequisitionId> cancelled = new HashSet<>();

    @StartSaga
    @SagaEventHandler(associationProperty = CONTRACT)
    void on(
            ContractStockAllocated event,
            CommandGateway commands,
            BillsOfMaterials billsOfMaterials,
            PlanningPolicy policy) {
        contractId = event.contractId();
        PurchasePlanningExplosion explosion = new PurchasePlanningExplosion(billsOfMaterials);
        for (LineAllocation line : event.lines()) {
            if (line.toBuy().signum() > 0) {
                explosion.purchasesFor(line).forEach(purchase -> raise(line, purchase, commands, policy));
            }
        }
        if (raised.isEmpty()) {
            SagaLifecycle.end();
        }
    }

    @SagaEventHandler(associationProperty = CONTRACT)
    void on(RequisitionCancelled event) {
        cancelled.add(event.requisitionId());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CONTRACT)
    void on(ContractCancelled event, CommandGateway commands) {
        cancelAll("contract cancelled: " + event.reason(), commands);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CONTRACT)
    void on(ContractCompleted event, CommandGateway commands) {
        cancelAll("contract completed", commands);
    }

    private void cancelAll(String reason, CommandGateway commands) {
        List<RequisitionId> toCancel = raised.stream()
                .filter(requisitionId -> !cancelled.contains(requisitionId))
                .sorted(Comparator.comparing(RequisitionId::toString))
                .toList();
        for (RequisitionId requisitionId : toCancel) {
            try {
                commands.sendAndWait(new CancelRequisition(requisitionId, reason));
            } catch (RuntimeException refused) {
                if (!AlreadyCancelled.is(refused)) {
                    throw refused;
                }
            }
            cancelled.add(requisitionId);
        }
    }

    private void raise(LineAllocation line, Purchase purchase, CommandGateway commands, PlanningPolicy policy) {
        RequisitionId requisitionId =
                RequisitionId.forContractLine(contractId, line.lineNumber(), purchase.productId());
        if (raised.contains(requisitionId)) {
            return;
        }
        commands.sendAndWait(new RaiseRequisition(
                requisitionId,
                contractId,
                line.lineNumber(),
                purchase.productId(),
                purchase.quantity(),
                purchase.baseUnit(),
                policy.dateNeeded(line.deliveryDate()),
                purchase.kind(),
                line.productId()));
        raised.add(requisitionId);
    }
}
