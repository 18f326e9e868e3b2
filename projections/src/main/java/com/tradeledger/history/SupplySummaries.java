package com.tradeledger.history;

import static com.tradeledger.history.EventSummaries.shortId;

import com.tradeledger.purchasing.DeliveryRiskCleared;
import com.tradeledger.purchasing.DeliveryRiskClosed;
import com.tradeledger.purchasing.DeliveryRiskRaised;
import com.tradeledger.purchasing.PromisedDateChanged;
import com.tradeledger.purchasing.PurchaseOrderConfirmed;
import com.tradeledger.purchasing.PurchaseOrderLineCancelled;
import com.tradeledger.purchasing.PurchaseOrderLineReceived;
import com.tradeledger.purchasing.PurchaseOrderLineReturned;
import com.tradeledger.purchasing.PurchaseOrderPlaced;
import com.tradeledger.purchasing.RequisitionCancelled;
import com.tradeledger.purchasing.RequisitionFilled;
import com.tradeledger.purchasing.RequisitionGoodsReturned;
import com.tradeledger.purchasing.RequisitionOrdered;
import com.tradeledger.purchasing.RequisitionRaised;
import com.tradeledger.purchasing.RequisitionReopened;
import com.tradeledger.receiving.GoodsReceived;
import com.tradeledger.receiving.GoodsReturned;
import java.util.stream.Collectors;

/**
 * Summaries of requisitions (采购计划), purchase orders (采购), delivery risks (交期匹配), receipts (收货) and returns
 * (退货): quantities and dates only, since purchase prices are not for every reader of a contract's story.
 */
final class SupplySummaries {

    private SupplySummaries() {}

    static void register(EventSummaries summaries) {
        summaries
                .on(
                        RequisitionRaised.class,
                        e -> "Requisition " + shortId(e.requisitionId()) + " raised for contract"
                                + " line " + e.contractLine() + ": "
                                + e.quantity().toPlainString() + " " + e.baseUnit()
                                + " (" + e.kind() + "), needed by " + e.dateNeeded())
                .on(
                        RequisitionOrdered.class,
                        e -> "Requisition " + shortId(e.requisitionId())
                                + " ordered on purchase order " + shortId(e.purchaseOrderId()) + " line "
                                + e.purchaseOrderLine())
                .on(
                        RequisitionFilled.class,
                        e -> "Requisition " + shortId(e.requisitionId()) + " filled with "
                                + e.quantity().toPlainString() + " from receipt " + shortId(e.receiptId()) + ", "
                                + e.filledSoFar().toPlainString() + " so far")
                .on(
                        RequisitionGoodsReturned.class,
                        e -> "Requisition " + shortId(e.requisitionId()) + " gave back "
                                + e.quantity().toPlainString() + " returned to the supplier, "
                                + e.filledSoFar().toPlainString() + " filled")
                .on(
                        RequisitionCancelled.class,
                        e -> "Requisition " + shortId(e.requisitionId()) + " cancelled: " + e.reason())
                .on(
                        RequisitionReopened.class,
                        e -> "Requisition " + shortId(e.requisitionId()) + " reopened, "
                                + e.stillNeeded().toPlainString() + " still needed: " + e.reason());
        registerOrders(summaries);
        summaries
                .on(
                        GoodsReceived.class,
                        e -> "Goods receipt " + shortId(e.receiptId()) + " against purchase order "
                                + shortId(e.purchaseOrderId()) + " into " + e.warehouse() + ": "
                                + e.lines().stream()
                                        .map(line -> "line " + line.purchaseOrderLine() + " accepted "
                                                + line.accepted().toPlainString() + " " + line.unit() + ", rejected "
                                                + line.rejected().toPlainString())
                                        .collect(Collectors.joining("; ")))
                .on(
                        GoodsReturned.class,
                        e -> "Goods returned to the supplier from receipt " + shortId(e.receiptId())
                                + ": "
                                + e.lines().stream()
                                        .map(line -> "line " + line.purchaseOrderLine() + " "
                                                + line.quantity().toPlainString() + " " + line.unit())
                                        .collect(Collectors.joining("; "))
                                + "; " + e.reason());
    }

    private static void registerOrders(EventSummaries summaries) {
        summaries
                .on(
                        PurchaseOrderPlaced.class,
                        e -> "Purchase order " + shortId(e.purchaseOrderId()) + " placed with"
                                + " supplier " + shortId(e.supplierId()) + ": "
                                + e.lines().stream()
                                        .map(line -> "line " + line.lineNumber() + " "
                                                + line.quantity().toPlainString() + " " + line.unit() + " " + line.sku()
                                                + " promised " + line.promisedDate())
                                        .collect(Collectors.joining("; ")))
                .on(
                        PurchaseOrderConfirmed.class,
                        e -> "Purchase order " + shortId(e.purchaseOrderId()) + " confirmed by the supplier")
                .on(
                        PromisedDateChanged.class,
                        e -> "Purchase order line " + e.lineNumber() + " now promised for " + e.promisedDate()
                                + " (was " + e.previousDate() + "): " + e.reason())
                .on(
                        PurchaseOrderLineCancelled.class,
                        e -> "Purchase order line " + e.lineNumber() + " cancelled, "
                                + e.cancelledQuantity().toPlainString() + ": " + e.reason())
                .on(
                        PurchaseOrderLineReceived.class,
                        e -> "Purchase order line " + e.lineNumber() + " received "
                                + e.received().toPlainString() + ", rejected "
                                + e.rejected().toPlainString() + ", accepted "
                                + e.acceptedSoFar().toPlainString() + " so far")
                .on(
                        PurchaseOrderLineReturned.class,
                        e -> "Purchase order line " + e.lineNumber() + " returned "
                                + e.returned().toPlainString() + ", accepted "
                                + e.acceptedSoFar().toPlainString()
                                + " so far")
                .on(
                        DeliveryRiskRaised.class,
                        e -> "Delivery risk: purchase order " + shortId(e.purchaseOrderId())
                                + " line " + e.lineNumber() + " promised " + e.promisedDate() + ", needed "
                                + e.dateNeeded()
                                + ", " + e.daysLate() + " days late")
                .on(
                        DeliveryRiskCleared.class,
                        e -> "Delivery risk cleared: purchase order " + shortId(e.purchaseOrderId()) + " line "
                                + e.lineNumber() + " promised " + e.promisedDate())
                .on(
                        DeliveryRiskClosed.class,
                        e -> "Delivery risk closed (" + e.closure() + "): purchase order "
                                + shortId(e.purchaseOrderId()) + " line " + e.lineNumber());
    }
}
