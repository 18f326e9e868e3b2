package com.tradeledger.purchasing;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.stock.StockKeeping;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A purchase requisition (采购计划): so much of a product, in its base unit, that one contract line needs bought by a
 * date, either the finished product or a material exploded from its bill of materials. It is open until a purchase
 * order line covers it, then ordered; goods received on that line are reserved for the contract line through it until
 * it is filled. Goods returned to the supplier make it wait for them again, a cancelled order line opens it again for
 * what is still needed. It is cancelled with its contract (or by purchasing), giving back what it had reserved.
 */
public class Requisition {

    @AggregateIdentifier
    private RequisitionId requisitionId;

    private ContractId contractId;
    private int contractLine;
    private ProductId productId;
    private BigDecimal quantity;
    private LocalDate dateNeeded;
    private RequisitionStatus status;
    private BigDecimal filled;
    private PurchaseOrderId purchaseOrderId;
    private int purchaseOrderLine;
    private final Map<PurchaseOrderId, BigDecimal> filledBy = new HashMap<>();

    Requisition() {
        // Axon rebuilds the requisition from its events through this constructor.
    }

    /**
     * Its id is derived from the contract line and the product, so raising it again (the planning process handling
     * a redelivered event) finds it raised and appends nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void raise(RaiseRequisition command) {
        if (requisitionId != null) {
            return;
        }
        RequisitionRules.checkRaising(command);
        apply(new RequisitionRaised(
                command.requisitionId(),
                command.contractId(),
                command.contractLine(),
                command.productId(),
                command.quantity(),
                command.baseUnit(),
                command.dateNeeded(),
                command.kind(),
                command.forProduct()));
    }

    /**
     * Cancels the requisition whatever a purchase order did for it so far: goods its receipts reserved for the
     * contract line go back to available stock, and a delivery risk the covering order line raised for it closes.
     */
    @CommandHandler
    void cancel(CancelRequisition command, StockKeeping stock, PurchaseOrders orders) {
        requirePresent(command.reason(), "reason");
        if (status == RequisitionStatus.CANCELLED) {
            throw new RequisitionAlreadyCancelled(requisitionId);
        }
        PurchaseOrderId coveringOrder = purchaseOrderId;
        BigDecimal held = filled;
        apply(new RequisitionCancelled(requisitionId, contractId, command.reason()));
        if (held.signum() > 0) {
            stock.release(productId, contractId, contractLine, held, "requisition cancelled: " + command.reason());
        }
        if (coveringOrder != null) {
            orders.requisitionCancelled(coveringOrder, requisitionId);
        }
    }

    /**
     * Records that a purchase order line covers the requisition; called by purchasing inside the order's own unit
     * of work, so that both commit together or not at all.
     */
    public void markOrdered(PurchaseOrderId orderId, int orderLine) {
        requirePresent(orderId, "purchaseOrderId");
        if (status != RequisitionStatus.OPEN) {
            throw new RequisitionNotOpen(requisitionId, status);
        }
        apply(new RequisitionOrdered(requisitionId, contractId, orderId, orderLine));
    }

    /**
     * Reserves for the contract line up to {@code offered} of what a receipt accepted on the order line covering the
     * requisition, as much as it still needs and the stock has available. Returns how much was reserved: nothing
     * when the requisition is cancelled or filled, or covered by another order line.
     */
    public BigDecimal fill(
            PurchaseOrderId orderId, int orderLine, GoodsReceiptId receiptId, BigDecimal offered, StockKeeping stock) {
        if (status != RequisitionStatus.ORDERED || !coveredBy(orderId, orderLine)) {
            return BigDecimal.ZERO;
        }
        BigDecimal wanted = offered.min(quantity.subtract(filled));
        if (wanted.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal reserved = stock.reserve(productId, contractId, contractLine, wanted);
        if (reserved.signum() > 0) {
            apply(new RequisitionFilled(
                    requisitionId,
                    contractId,
                    contractLine,
                    productId,
                    orderId,
                    receiptId,
                    reserved,
                    filled.add(reserved)));
        }
        return reserved;
    }

    /**
     * Releases up to {@code wanted} of what receipts of the order reserved for the contract line, as goods go back to
     * the supplier (退货); the order still owes them, so a filled requisition waits for them again. Returns how much
     * was released: never more than that order filled and the contract line still holds.
     */
    public BigDecimal giveBack(
            PurchaseOrderId orderId, GoodsReceiptId receiptId, BigDecimal wanted, StockKeeping stock) {
        BigDecimal fromOrder = filledBy.getOrDefault(orderId, BigDecimal.ZERO);
        if (status == RequisitionStatus.CANCELLED || fromOrder.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal released = stock.release(
                productId, contractId, contractLine, wanted.min(fromOrder), "goods returned to the supplier");
        if (released.signum() > 0) {
            apply(new RequisitionGoodsReturned(
                    requisitionId,
                    contractId,
                    contractLine,
                    productId,
                    orderId,
                    receiptId,
                    released,
                    filled.subtract(released)));
        }
        return released;
    }

    /**
     * Opens the requisition again when the order line covering it is cancelled before bringing all it needs, so
     * another order can cover what is still needed.
     */
    public void reopen(PurchaseOrderId orderId, int orderLine, String reason) {
        if (status == RequisitionStatus.ORDERED && coveredBy(orderId, orderLine)) {
            apply(new RequisitionReopened(
                    requisitionId, contractId, orderId, orderLine, quantity.subtract(filled), reason));
        }
    }

    /** The requisition as a purchase order or a goods receipt reads it. */
    public RequisitionState state() {
        return new RequisitionState(
                requisitionId,
                contractId,
                contractLine,
                productId,
                quantity,
                dateNeeded,
                status,
                filled,
                purchaseOrderId,
                purchaseOrderId == null ? null : purchaseOrderLine);
    }

    private boolean coveredBy(PurchaseOrderId orderId, int orderLine) {
        return orderId.equals(purchaseOrderId) && purchaseOrderLine == orderLine;
    }

    @EventSourcingHandler
    void on(RequisitionRaised event) {
        requisitionId = event.requisitionId();
        contractId = event.contractId();
        contractLine = event.contractLine();
        productId = event.productId();
        quantity = event.quantity();
        dateNeeded = event.dateNeeded();
        status = RequisitionStatus.OPEN;
        filled = BigDecimal.ZERO;
    }

    @EventSourcingHandler
    void on(RequisitionOrdered event) {
        status = RequisitionStatus.ORDERED;
        purchaseOrderId = event.purchaseOrderId();
        purchaseOrderLine = event.purchaseOrderLine();
    }

    @EventSourcingHandler
    void on(RequisitionFilled event) {
        filled = event.filledSoFar();
        filledBy.merge(event.purchaseOrderId(), event.quantity(), BigDecimal::add);
        if (filled.compareTo(quantity) >= 0) {
            status = RequisitionStatus.FILLED;
        }
    }

    @EventSourcingHandler
    void on(RequisitionGoodsReturned event) {
        filled = event.filledSoFar();
        filledBy.merge(event.purchaseOrderId(), event.quantity().negate(), BigDecimal::add);
        if (status == RequisitionStatus.FILLED) {
            status = RequisitionStatus.ORDERED;
        }
    }

    @EventSourcingHandler
    void on(RequisitionReopened event) {
        status = RequisitionStatus.OPEN;
        purchaseOrderId = null;
        purchaseOrderLine = 0;
    }

    @EventSourcingHandler
    void on(RequisitionCancelled event) {
        status = RequisitionStatus.CANCELLED;
    }
}
