package com.tradeledger.purchasing;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's purchase orders as receiving and payables act on them, within the command that acts: a goods receipt
 * records what came in, a return what went back, a supplier bill reads what was ordered and received. Each call
 * appends to the order in the caller's unit of work.
 */
public interface PurchaseOrders {

    /** The order as it stands now; empty when no such order was placed. */
    Optional<OrderState> find(PurchaseOrderId purchaseOrderId);

    /**
     * Records on the order what came in per line, in the line's unit.
     *
     * @throws com.tradeledger.shared.BusinessRuleViolation when a line is unknown or cancelled, or receiving it
     *     would take the accepted quantity above the ordered quantity plus the over-receipt tolerance
     */
    void recordReceipt(PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId, List<LineReceipt> lines);

    /**
     * Records on the order accepted goods sent back from stock (the {@code received} of each entry is the quantity
     * returned, {@code rejected} is zero), so that what the order counts as received goes down.
     */
    void recordReturn(PurchaseOrderId purchaseOrderId, GoodsReceiptId receiptId, List<LineReceipt> lines);

    /** Closes the delivery risks the order raised for a requisition that was cancelled; nothing waits for them. */
    void requisitionCancelled(PurchaseOrderId purchaseOrderId, RequisitionId requisitionId);
}
