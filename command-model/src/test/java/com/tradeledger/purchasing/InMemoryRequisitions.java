package com.tradeledger.purchasing;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.stock.StockKeeping;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Requisitions as fixed states, remembering which purchase order lines marked them ordered or opened them again. */
final class InMemoryRequisitions implements Requisitions {

    private final Map<RequisitionId, RequisitionState> requisitions = new HashMap<>();
    private final List<Ordered> ordered = new ArrayList<>();
    private final List<Ordered> reopened = new ArrayList<>();

    InMemoryRequisitions with(RequisitionState... states) {
        for (RequisitionState state : states) {
            requisitions.put(state.requisitionId(), state);
        }
        return this;
    }

    @Override
    public Optional<RequisitionState> find(RequisitionId requisitionId) {
        return Optional.ofNullable(requisitions.get(requisitionId));
    }

    @Override
    public void markOrdered(RequisitionId requisitionId, PurchaseOrderId purchaseOrderId, int purchaseOrderLine) {
        ordered.add(new Ordered(requisitionId, purchaseOrderId, purchaseOrderLine));
    }

    @Override
    public void reopen(
            RequisitionId requisitionId, PurchaseOrderId purchaseOrderId, int purchaseOrderLine, String reason) {
        reopened.add(new Ordered(requisitionId, purchaseOrderId, purchaseOrderLine));
    }

    @Override
    public BigDecimal fill(
            RequisitionId requisitionId,
            PurchaseOrderId purchaseOrderId,
            int purchaseOrderLine,
            GoodsReceiptId receiptId,
            BigDecimal offered,
            StockKeeping stock) {
        throw new UnsupportedOperationException("a purchase order never fills requisitions");
    }

    @Override
    public BigDecimal giveBack(
            RequisitionId requisitionId,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId,
            BigDecimal wanted,
            StockKeeping stock) {
        throw new UnsupportedOperationException("a purchase order never gives goods back");
    }

    /** The order lines that opened requisitions again, in order. */
    List<Ordered> reopened() {
        return List.copyOf(reopened);
    }

    List<Ordered> ordered() {
        return List.copyOf(ordered);
    }

    record Ordered(RequisitionId requisitionId, PurchaseOrderId purchaseOrderId, int purchaseOrderLine) {}
}
