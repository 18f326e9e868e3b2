package com.tradeledger.purchasing;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.stock.StockKeeping;
import java.math.BigDecimal;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Requisitions loaded from their own events in the caller's unit of work: an order line covers a requisition as its
 * events leave it, and the requisition appends its own events (ordered, reopened, filled, goods returned).
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

    @Override
    public void reopen(
            RequisitionId requisitionId, PurchaseOrderId purchaseOrderId, int purchaseOrderLine, String reason) {
        load(requisitionId)
                .ifPresent(found ->
                        found.execute(requisition -> requisition.reopen(purchaseOrderId, purchaseOrderLine, reason)));
    }

    @Override
    public BigDecimal fill(
            RequisitionId requisitionId,
            PurchaseOrderId purchaseOrderId,
            int purchaseOrderLine,
            GoodsReceiptId receiptId,
            BigDecimal offered,
            StockKeeping stock) {
        return load(requisitionId)
                .map(found -> found.invoke(
                        requisition -> requisition.fill(purchaseOrderId, purchaseOrderLine, receiptId, offered, stock)))
                .orElse(BigDecimal.ZERO);
    }

    @Override
    public BigDecimal giveBack(
            RequisitionId requisitionId,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId,
            BigDecimal wanted,
            StockKeeping stock) {
        return load(requisitionId)
                .map(found ->
                        found.invoke(requisition -> requisition.giveBack(purchaseOrderId, receiptId, wanted, stock)))
                .orElse(BigDecimal.ZERO);
    }

    private Optional<Aggregate<Requisition>> load(RequisitionId requisitionId) {
        try {
            return Optional.of(requisitions.load(requisitionId.toString()));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            return Optional.empty();
        }
    }
}
