package com.tradeledger.purchasing;

import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.stock.StockKeeping;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The purchase requisitions as purchase orders and goods receipts act on them, within the caller's unit of work: an
 * order line covers them or, cancelled, opens them again; a receipt fills them with the goods it reserves for their
 * contract lines, and a return to the supplier gives those back.
 */
public interface Requisitions {

    /** The requisition as it stands now; empty when none was raised under this id. */
    Optional<RequisitionState> find(RequisitionId requisitionId);

    /**
     * Marks the requisition covered by a purchase order line, in the caller's unit of work.
     *
     * @throws com.tradeledger.shared.BusinessRuleViolation when it is not open
     */
    void markOrdered(RequisitionId requisitionId, PurchaseOrderId purchaseOrderId, int purchaseOrderLine);

    /** Opens the requisition again if that order line still covers it; otherwise leaves it as it is. */
    void reopen(RequisitionId requisitionId, PurchaseOrderId purchaseOrderId, int purchaseOrderLine, String reason);

    /**
     * Reserves for the requisition's contract line up to {@code offered} of goods a receipt accepted on the order line
     * covering it, as much as it still needs; returns how much was reserved (nothing for a requisition cancelled,
     * filled, unknown or covered by another line).
     */
    BigDecimal fill(
            RequisitionId requisitionId,
            PurchaseOrderId purchaseOrderId,
            int purchaseOrderLine,
            GoodsReceiptId receiptId,
            BigDecimal offered,
            StockKeeping stock);

    /**
     * Releases up to {@code wanted} of the goods receipts of the order reserved for the requisition's contract line,
     * as they go back to the supplier; returns how much was released.
     */
    BigDecimal giveBack(
            RequisitionId requisitionId,
            PurchaseOrderId purchaseOrderId,
            GoodsReceiptId receiptId,
            BigDecimal wanted,
            StockKeeping stock);
}
