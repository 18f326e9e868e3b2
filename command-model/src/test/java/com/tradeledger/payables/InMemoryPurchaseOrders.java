package com.tradeledger.payables;

import com.tradeledger.purchasing.LineReceipt;
import com.tradeledger.purchasing.OrderState;
import com.tradeledger.purchasing.PurchaseOrders;
import com.tradeledger.purchasing.RequisitionId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Purchase orders as fixed answers, as a supplier bill reads them; payables never records receipts or returns. */
final class InMemoryPurchaseOrders implements PurchaseOrders {

    private final Map<PurchaseOrderId, OrderState> orders = new HashMap<>();

    InMemoryPurchaseOrders with(OrderState order) {
        orders.put(order.purchaseOrderId(), order);
        return this;
    }

    @Override
    public Optional<OrderState> find(PurchaseOrderId purchaseOrderId) {
        return Optional.ofNullable(orders.get(purchaseOrderId));
    }

    @Override
    public void recordReceipt(PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId, List<LineReceipt> lines) {
        throw new UnsupportedOperationException("a supplier bill reads purchase orders, never receives against them");
    }

    @Override
    public void recordReturn(PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId, List<LineReceipt> lines) {
        throw new UnsupportedOperationException("a supplier bill reads purchase orders, never returns against them");
    }

    @Override
    public void requisitionCancelled(PurchaseOrderId purchaseOrderId, RequisitionId requisitionId) {
        throw new UnsupportedOperationException("a supplier bill never cancels requisitions");
    }
}
