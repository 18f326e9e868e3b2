package com.tradeledger.purchasing;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractCompleted;
import com.tradeledger.contracting.ContractStockAllocated;
import com.tradeledger.contracting.LineAllocation;
import com.tradeledger.purchasing.PurchasePlanningExplosion.Purchase;
import com.tradeledger.shared.ContractId;
import java.util.HashSet;
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
 * until the contract is completed; when the contract is cancelled it cancels those still open. Requisition ids are
 * derived from the contract line and the product, and it counts one as raised only once the command succeeded, so
 * a redelivered event raises only what was not raised yet. Its fields are its stored state.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class PurchasePlanning {

    private static final String CONTRACT = "contractId";

    private ContractId contractId;
    private Set<RequisitionId> open = new HashSet<>();
    private Set<RequisitionId> closed = new HashSet<>();

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
        if (open.isEmpty() && closed.isEmpty()) {
            SagaLifecycle.end();
        }
    }

    @SagaEventHandler(associationProperty = CONTRACT)
    void on(RequisitionOrdered event) {
        close(event.requisitionId());
    }

    @SagaEventHandler(associationProperty = CONTRACT)
    void on(RequisitionCancelled event) {
        close(event.requisitionId());
    }

    /** A requisition a purchase order covered in the meantime is that order's to keep or cancel. */
    @EndSaga
    @SagaEventHandler(associationProperty = CONTRACT)
    void on(ContractCancelled event, CommandGateway commands) {
        for (RequisitionId requisitionId : Set.copyOf(open)) {
            try {
                commands.sendAndWait(new CancelRequisition(requisitionId, "contract cancelled: " + event.reason()));
            } catch (RequisitionNotOpen ordered) {
                close(requisitionId);
            }
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CONTRACT)
    void on(ContractCompleted event) {
        // The contract is closed: nothing is left to buy for it.
    }

    private void raise(LineAllocation line, Purchase purchase, CommandGateway commands, PlanningPolicy policy) {
        RequisitionId requisitionId =
                RequisitionId.forContractLine(contractId, line.lineNumber(), purchase.productId());
        if (open.contains(requisitionId) || closed.contains(requisitionId)) {
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
        open.add(requisitionId);
    }

    private void close(RequisitionId requisitionId) {
        if (open.remove(requisitionId)) {
            closed.add(requisitionId);
        }
    }
}
