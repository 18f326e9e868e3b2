package com.tradeledger.purchasing;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Purchase orders read from, and receipts and returns recorded on, the purchase order aggregates themselves, inside
 * the caller's unit of work: the order's refusal (an over-receipt, a cancelled line) refuses the receipt, and their
 * events commit together.
 */
public final class AggregatePurchaseOrders implements PurchaseOrders {

    private final Repository<PurchaseOrder> orders;
    private final PurchasingPolicy policy;

    public AggregatePurchaseOrders(Repository<PurchaseOrder> orders, PurchasingPolicy policy) {
        this.orders = orders;
        this.policy = policy;
    }

    @Override
    public Optional<OrderState> find(PurchaseOrderId purchaseOrderId) {
        try {
            return Optional.of(orders.load(purchaseOrderId.toString()).invoke(PurchaseOrder::state));
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public void recordReceipt(PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId, List<LineReceipt> lines) {
        load(purchaseOrderId).execute(order -> order.recordReceipt(receiptId, lines, policy));
    }

    @Override
    public void recordReturn(PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId, List<LineReceipt> lines) {
        load(purchaseOrderId).execute(order -> order.recordReturn(receiptId, lines));
    }

    @Override
    public void requisitionCancelled(PurchaseOrderId purchaseOrderId, RequisitionId requisitionId) {
        load(purchaseOrderId).execute(order -> order.requisitionCancelled(requisitionId));
    }

    private Aggregate<PurchaseOrder> load(PurchaseOrderId purchaseOrderId) {
        try {
            return orders.load(purchaseOrderId.toString());
        } catch (AggregateNotFoundException | IncompatibleAggregateException unknown) {
            throw new UnknownPurchaseOrder(purchaseOrderId);
        }
    }
}
