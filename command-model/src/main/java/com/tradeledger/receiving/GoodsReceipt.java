package com.tradeledger.receiving;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.purchasing.OrderLineState;
import com.tradeledger.purchasing.OrderState;
import com.tradeledger.purchasing.PurchaseOrders;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.stock.StockKeeping;
import com.tradeledger.stock.WarehouseCode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One goods receipt (收货) against a purchase order, into one warehouse: per order line what came in and what
 * inspection rejected. Recording it, in one step, records it on the order (which refuses cancelled lines and
 * over-receipt), puts what was accepted into stock and reserves it at once for the contracts the order line was
 * bought for. Its goods may later go back to the supplier (退货): faulty ones from stock, rejected ones as they are.
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
    GoodsReceipt(RecordGoodsReceipt command, PurchaseOrders orders, StockKeeping stock) {
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
                            order.purchaseOrderId(),
                            command.receiptId()));
                    accepted.forEach(line -> reserveForContracts(line, order, stock));
                });
    }

    @CommandHandler
    void returnToSupplier(ReturnToSupplier command, PurchaseOrders orders, StockKeeping stock) {
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
            fromStock.forEach(line -> stock.returnToSupplier(
                    line.productId(), warehouse, line.baseQuantity(), purchaseOrderId, receiptId));
        }
    }

    /** The line's requisitions take what this receipt accepted by the ranges it fills, as the order stood before. */
    private static void reserveForContracts(ReceivedLine line, OrderState order, StockKeeping stock) {
        OrderLineState ordered = order.line(line.purchaseOrderLine()).orElseThrow();
        BigDecimal before = BaseQuantities.of(ordered.acceptedSoFar(), ordered);
        ContractReservations.filledBy(ordered.requisitions(), before, before.add(line.acceptedBaseQuantity()))
                .forEach(share ->
                        stock.reserve(line.productId(), share.contractId(), share.contractLine(), share.quantity()));
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
