package com.tradeledger.receiving;

import com.tradeledger.purchasing.LineReceipt;
import com.tradeledger.purchasing.OrderLineState;
import com.tradeledger.purchasing.OrderState;
import com.tradeledger.purchasing.PurchaseOrders;
import com.tradeledger.purchasing.RequisitionId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Purchase orders as a map that keeps what receipts and returns recorded on them, and forgets it when the unit of
 * work that recorded it rolls back. Like the real orders it refuses a cancelled or unknown line, and accepting more
 * than the line ordered plus 5 %.
 */
final class InMemoryPurchaseOrders implements PurchaseOrders {

    private static final BigDecimal TOLERANCE = new BigDecimal("1.05");

    private final Map<PurchaseOrderId, OrderState> orders = new HashMap<>();
    private final List<Recorded> receipts = new ArrayList<>();
    private final List<Recorded> returns = new ArrayList<>();

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
        undoOnRollback();
        for (LineReceipt line : lines) {
            OrderLineState ordered = openLine(purchaseOrderId, line.lineNumber());
            BigDecimal acceptedSoFar =
                    ordered.acceptedSoFar().add(line.received().subtract(line.rejected()));
            if (acceptedSoFar.compareTo(ordered.quantity().multiply(TOLERANCE)) > 0) {
                throw new OrderRefusal("over-receipt", "line " + line.lineNumber() + " would accept " + acceptedSoFar);
            }
            replace(purchaseOrderId, ordered, acceptedSoFar);
        }
        receipts.add(new Recorded(purchaseOrderId, receiptId, List.copyOf(lines)));
    }

    @Override
    public void requisitionCancelled(PurchaseOrderId purchaseOrderId, RequisitionId requisitionId) {
        throw new UnsupportedOperationException("a goods receipt never cancels requisitions");
    }

    @Override
    public void recordReturn(PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId, List<LineReceipt> lines) {
        undoOnRollback();
        for (LineReceipt line : lines) {
            OrderLineState ordered = openLine(purchaseOrderId, line.lineNumber());
            replace(purchaseOrderId, ordered, ordered.acceptedSoFar().subtract(line.received()));
        }
        returns.add(new Recorded(purchaseOrderId, receiptId, List.copyOf(lines)));
    }

    List<Recorded> receipts() {
        return List.copyOf(receipts);
    }

    List<Recorded> returns() {
        return List.copyOf(returns);
    }

    OrderLineState line(PurchaseOrderId purchaseOrderId, int lineNumber) {
        return orders.get(purchaseOrderId).line(lineNumber).orElseThrow();
    }

    private OrderLineState openLine(PurchaseOrderId purchaseOrderId, int lineNumber) {
        OrderLineState ordered = orders.get(purchaseOrderId)
                .line(lineNumber)
                .orElseThrow(() -> new OrderRefusal("unknown-order-line", "no line " + lineNumber));
        if (ordered.cancelled()) {
            throw new OrderRefusal("order-line-cancelled", "line " + lineNumber + " was cancelled");
        }
        return ordered;
    }

    private void replace(PurchaseOrderId purchaseOrderId, OrderLineState ordered, BigDecimal acceptedSoFar) {
        OrderState order = orders.get(purchaseOrderId);
        List<OrderLineState> lines = order.lines().stream()
                .map(line -> line.lineNumber() == ordered.lineNumber() ? withAccepted(line, acceptedSoFar) : line)
                .toList();
        orders.put(
                purchaseOrderId,
                new OrderState(order.purchaseOrderId(), order.supplierId(), order.currency(), order.status(), lines));
    }

    private static OrderLineState withAccepted(OrderLineState line, BigDecimal acceptedSoFar) {
        return new OrderLineState(
                line.lineNumber(),
                line.productId(),
                line.unit(),
                line.quantity(),
                line.baseUnit(),
                line.baseQuantity(),
                line.baseUnitsPerUnit(),
                line.unitPrice(),
                acceptedSoFar,
                line.cancelled(),
                line.requisitions());
    }

    private void undoOnRollback() {
        Map<PurchaseOrderId, OrderState> ordersBefore = new HashMap<>(orders);
        int receiptsBefore = receipts.size();
        int returnsBefore = returns.size();
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.onRollback(rolledBack -> {
            orders.clear();
            orders.putAll(ordersBefore);
            receipts.subList(receiptsBefore, receipts.size()).clear();
            returns.subList(returnsBefore, returns.size()).clear();
        }));
    }

    record Recorded(PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId, List<LineReceipt> lines) {}
}
