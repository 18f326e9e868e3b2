package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Requisitions as fixed states, remembering which purchase order lines marked them ordered. */
final class InMemoryRequisitions implements Requisitions {

    private final Map<RequisitionId, RequisitionState> requisitions = new HashMap<>();
    private final List<Ordered> ordered = new ArrayList<>();

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

    List<Ordered> ordered() {
        return List.copyOf(ordered);
    }

    record Ordered(RequisitionId requisitionId, PurchaseOrderId purchaseOrderId, int purchaseOrderLine) {}
}
