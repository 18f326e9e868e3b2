package com.tradeledger.purchasing;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Purchase orders that only remember which requisitions were cancelled on them, in order. */
final class RecordingPurchaseOrders implements PurchaseOrders {

    private final List<Cancelled> cancelled = new ArrayList<>();

    @Override
    public Optional<OrderState> find(PurchaseOrderId purchaseOrderId) {
        throw new UnsupportedOperationException("a requisition never reads its order");
    }

    @Override
    public void recordReceipt(PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId, List<LineReceipt> lines) {
        throw new UnsupportedOperationException("a requisition never receives goods");
    }

    @Override
    public void recordReturn(PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId, List<LineReceipt> lines) {
        throw new UnsupportedOperationException("a requisition never returns goods");
    }

    @Override
    public void requisitionCancelled(PurchaseOrderId purchaseOrderId, RequisitionId requisitionId) {
        cancelled.add(new Cancelled(purchaseOrderId, requisitionId));
    }

    List<Cancelled> cancelled() {
        return List.copyOf(cancelled);
    }

    record Cancelled(PurchaseOrderId purchaseOrderId, RequisitionId requisitionId) {}
}
