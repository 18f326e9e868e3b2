package com.tradeledger.purchasing;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A purchase requisition (采购计划): so much of a product, in its base unit, that one contract line needs bought by a
 * date, either the finished product or a material exploded from its bill of materials. It stays open until a
 * purchase order line covers it, or its contract is cancelled and it is cancelled with it.
 */
public class Requisition {

    @AggregateIdentifier
    private RequisitionId requisitionId;

    private ContractId contractId;
    private int contractLine;
    private ProductId productId;
    private BigDecimal quantity;
    private LocalDate dateNeeded;
    private RequisitionStatus status;

    Requisition() {
        // Axon rebuilds the requisition from its events through this constructor.
    }

    /**
     * Its id is derived from the contract line and the product, so raising it again (the planning process handling
     * a redelivered event) finds it raised and appends nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void raise(RaiseRequisition command) {
        if (requisitionId != null) {
            return;
        }
        RequisitionRules.checkRaising(command);
        apply(new RequisitionRaised(
                command.requisitionId(),
                command.contractId(),
                command.contractLine(),
                command.productId(),
                command.quantity(),
                command.baseUnit(),
                command.dateNeeded(),
                command.kind(),
                command.forProduct()));
    }

    @CommandHandler
    void cancel(CancelRequisition command) {
        requirePresent(command.reason(), "reason");
        requireOpen();
        apply(new RequisitionCancelled(requisitionId, contractId, command.reason()));
    }

    /**
     * Records that a purchase order line covers the requisition; called by purchasing inside the order's own unit
     * of work, so that both commit together or not at all.
     */
    public void markOrdered(PurchaseOrderId purchaseOrderId, int purchaseOrderLine) {
        requirePresent(purchaseOrderId, "purchaseOrderId");
        requireOpen();
        apply(new RequisitionOrdered(requisitionId, contractId, purchaseOrderId, purchaseOrderLine));
    }

    /** The requisition as a purchase order reads it. */
    public RequisitionState state() {
        return new RequisitionState(requisitionId, contractId, contractLine, productId, quantity, dateNeeded, status);
    }

    private void requireOpen() {
        if (status != RequisitionStatus.OPEN) {
            throw new RequisitionNotOpen(requisitionId, status);
        }
    }

    @EventSourcingHandler
    void on(RequisitionRaised event) {
        requisitionId = event.requisitionId();
        contractId = event.contractId();
        contractLine = event.contractLine();
        productId = event.productId();
        quantity = event.quantity();
        dateNeeded = event.dateNeeded();
        status = RequisitionStatus.OPEN;
    }

    @EventSourcingHandler
    void on(RequisitionOrdered event) {
        status = RequisitionStatus.ORDERED;
    }

    @EventSourcingHandler
    void on(RequisitionCancelled event) {
        status = RequisitionStatus.CANCELLED;
    }
}
