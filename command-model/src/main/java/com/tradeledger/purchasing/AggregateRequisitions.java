package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Requisitions loaded from their own events in the purchase order's unit of work: an order line covers a
 * requisition as its events leave it, and the requisition appends its own event (ordered).
 */
public final class AggregateRequisitions implements Requisitions {

    private final Repository<Requisition> requisitions;

    public AggregateRequisitions(Repository<Requisition> requisitions) {
        this.requisitions = requisitions;
    }

    @Override
    public Optional<RequisitionState> find(RequisitionId requisitionId) {
        return load(requisitionId).map(requisition -> requisition.invoke(Requisition::state));
    }

    @Override
    public void markOrdered(RequisitionId requisitionId, PurchaseOrderId purchaseOrderId, int purchaseOrderLine) {
        load(requisitionId)
                .orElseThrow(() -> new RequisitionUnknown(requisitionId))
                .execute(requisition -> requisition.markOrdered(purchaseOrderId, purchaseOrderLine));
    }

    private Optional<Aggregate<Requisition>> load(RequisitionId requisitionId) {
        try {
            return Optional.of(requisitions.load(requisitionId.toString()));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            return Optional.empty();
        }
    }
}
