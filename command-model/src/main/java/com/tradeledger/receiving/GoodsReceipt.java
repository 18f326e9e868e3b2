package com.tradeledger.receiving;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.purchasing.CoveredRequisition;
import com.tradeledger.purchasing.OrderState;
import com.tradeledger.purchasing.PurchaseOrders;
import com.tradeledger.purchasing.Requisitions;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.stock.StockKeeping;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One goods receipt (收货) against a purchase order, into one warehouse: per order line what came in and what
 * inspection rejected. Recording it, in one step, records it on the order (which refuses cancelled lines and
 * over-receipt), puts what was accepted into stock and reserves it at once for the contract lines whose requisitions
 * the order line covers, as much as each still needs. Its goods may later go back to the supplier (退货): faulty ones
 * from stock, rejected ones as they are.
 */
public class GoodsReceipt {

    @AggregateIdentifier
    private GoodsReceiptId receiptId;

    private PurchaseOrderId purchaseOrderId;
    private SupplierId supplierId;
    private WarehouseCode warehouse;
    private final Map<Integer, ReceiptLine> lines = new HashMap<>();

    GoodsReceipt() {
        // Axon rebuilds the receipt from its events through this constructor.
    }

    @CommandHandler
    GoodsReceipt(RecordGoodsReceipt command, PurchaseOrders orders, StockKeeping stock, Requisitions requisitions) {
        ReceiptRequests.requireDetails(command);
        OrderState order = find(command.purchaseOrderId(), orders);
        List<ReceivedLine> received = ReceiptRequests.linesOf(command, order);
        // The receipt's own event first, then what it does to the order and the stock; a refusal by either rolls
        // the whole unit of work back.
        apply(new GoodsReceived(
                        command.receiptId(),
                        order.purchaseOrderId(),
                        order.supplierId(),
                        command.warehouse(),
                        received,
                        command.receivedBy(),
                        command.receivedOn()))
                .andThen(() -> {
                    orders.recordReceipt(
                            order.purchaseOrderId(), command.receiptId(), ReceiptRequests.asOrderReceipts(received));
                    List<ReceivedLine> accepted = received.stream()
                            .filter(line -> line.accepted().signum() > 0)
                            .toList();
                    accepted.forEach(line -> stock.receive(
                            line.productId(),
                            command.warehouse(),
                            line.acceptedBaseQuantity(),
                            line.baseUnit(),
                            order.purchaseOrderId(),
                            command.receiptId()));
                    accepted.forEach(
                            line -> reserveForContracts(line, order, command.receiptId(), stock, requisitions));
                });
    }

    /**
     * Sends goods of this receipt back. Goods from stock come out of what no contract holds first; what that cannot
     * cover comes out of what the order line's receipts reserved for its requisitions, the last requisition first,
     * and those requisitions wait for the goods again. Goods already shipped cannot go back.
     */
    @CommandHandler
    void returnToSupplier(
            ReturnToSupplier command, PurchaseOrders orders, StockKeeping stock, Requisitions requisitions) {
        ReturnRequests.requireDetails(command);
        OrderState order = find(purchaseOrderId, orders);
        List<ReturnedLine> returned = ReturnRequests.linesOf(command, receiptId, lines, order);
        apply(new GoodsReturned(
                receiptId,
                purchaseOrderId,
                supplierId,
                warehouse,
                returned,
                command.reason(),
                command.returnedBy(),
                command.returnedOn()));
        List<ReturnedLine> fromStock =
                returned.stream().filter(ReturnedLine::fromStock).toList();
        if (!fromStock.isEmpty()) {
            orders.recordReturn(purchaseOrderId, receiptId, ReturnRequests.asOrderReturns(fromStock));
            for (ReturnedLine line : fromStock) {
                releaseReservedIfShort(line, order, stock, requisitions);
                stock.returnToSupplier(line.productId(), warehouse, line.baseQuantity(), purchaseOrderId, receiptId);
            }
        }
    }

    /**
     * The line's requisitions take what this receipt accepted, in the order the line lists them, each as much as it
     * still needs; what is left over stays free stock.
     */
    private static void reserveForContracts(
            ReceivedLine line,
            OrderState order,
            GoodsReceiptId receiptId,
            StockKeeping stock,
            Requisitions requisitions) {
        BigDecimal left = line.acceptedBaseQuantity();
        for (CoveredRequisition covered :
                order.line(line.purchaseOrderLine()).orElseThrow().requisitions()) {
            if (left.signum() <= 0) {
                return;
            }
            left = left.subtract(requisitions.fill(
                    covered.requisitionId(),
                    order.purchaseOrderId(),
                    line.purchaseOrderLine(),
                    receiptId,
                    left,
                    stock));
        }
    }

    private void releaseReservedIfShort(
            ReturnedLine line, OrderState order, StockKeeping stock, Requisitions requisitions) {
        BigDecimal shortOfFree = line.baseQuantity().subtract(stock.freeIn(line.productId(), warehouse));
        List<CoveredRequisition> covered = new ArrayList<>(
                order.line(line.purchaseOrderLine()).orElseThrow().requisitions());
        Collections.reverse(covered);
        for (CoveredRequisition requisition : covered) {
            if (shortOfFree.signum() <= 0) {
                return;
            }
            shortOfFree = shortOfFree.subtract(
                    requisitions.giveBack(requisition.requisitionId(), purchaseOrderId, receiptId, shortOfFree, stock));
        }
    }

    private static OrderState find(PurchaseOrderId purchaseOrderId, PurchaseOrders orders) {
        return orders.find(purchaseOrderId).orElseThrow(() -> new UnknownPurchaseOrder(purchaseOrderId));
    }

    @EventSourcingHandler
    void on(GoodsReceived event) {
        receiptId = event.receiptId();
        purchaseOrderId = event.purchaseOrderId();
        supplierId = event.supplierId();
        warehouse = event.warehouse();
        event.lines().forEach(line -> lines.put(line.purchaseOrderLine(), ReceiptLine.of(line)));
    }

    @EventSourcingHandler
    void on(GoodsReturned event) {
        event.lines()
                .forEach(line -> lines.computeIfPresent(
                        line.purchaseOrderLine(),
                        (number, received) -> received.after(line.quantity(), line.fromStock())));
    }
}
