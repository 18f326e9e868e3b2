package com.tradeledger.purchasing;

import static com.tradeledger.purchasing.OrderPlacement.requirePromisedFromPlacement;
import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * One purchase order (采购) to a supplier in its currency: lines with promised dates that cover the requisitions of
 * contract lines. A promise later than a contract line needs the goods raises a delivery risk (交期匹配), a promise
 * in time clears it. The supplier confirms the order; lines receive goods (收货), return them (退货), or are
 * cancelled for what has not come in.
 */
public class PurchaseOrder {

    @AggregateIdentifier
    private PurchaseOrderId purchaseOrderId;

    private SupplierId supplierId;
    private Currency currency;
    private LocalDate placedOn;
    private PurchaseOrderStatus status;
    private OrderLines lines;
    private DeliveryRisks risks;

    PurchaseOrder() {
        // Axon rebuilds the purchase order from its events through this constructor.
    }

    @CommandHandler
    PurchaseOrder(
            PlacePurchaseOrder command, Suppliers suppliers, ProductCatalogue products, Requisitions requisitions) {
        requirePlacementDetails(command);
        requireSupplierSellingIn(command, suppliers);
        List<PurchaseOrderLine> placed = OrderPlacement.lines(command, products, requisitions);
        placed.forEach(line -> line.requisitions()
                .forEach(covered -> requisitions.markOrdered(
                        covered.requisitionId(), command.purchaseOrderId(), line.lineNumber())));
        apply(new PurchaseOrderPlaced(
                command.purchaseOrderId(),
                command.supplierId(),
                command.currency(),
                placed,
                total(command.currency(), placed),
                command.placedBy(),
                command.placedOn()));
        DeliveryRisks none = new DeliveryRisks();
        placed.forEach(line -> none.reassess(command.purchaseOrderId(), command.supplierId(), line, line.promisedDate())
                .forEach(AggregateLifecycle::apply));
    }

    @CommandHandler
    void confirm(ConfirmPurchaseOrder command) {
        PurchaseOrderStatus now = lines.status(status);
        if (now != PurchaseOrderStatus.PLACED) {
            throw new PurchaseOrderNotPlaced(purchaseOrderId, now);
        }
        Map<Integer, LocalDate> promised = promisedDates(command.promisedDates());
        List<PromisedDate> dates = new ArrayList<>();
        List<Object> riskEvents = new ArrayList<>();
        for (OrderedLine line : lines.all()) {
            LocalDate date = promised.getOrDefault(line.lineNumber(), line.promisedDate());
            dates.add(new PromisedDate(line.lineNumber(), date));
            if (line.open()) {
                riskEvents.addAll(risks.reassess(purchaseOrderId, supplierId, line.placed(), date));
            }
        }
        apply(new PurchaseOrderConfirmed(purchaseOrderId, dates));
        riskEvents.forEach(AggregateLifecycle::apply);
    }

    @CommandHandler
    void changePromisedDate(ChangePromisedDate command) {
        requirePresent(command.promisedDate(), "promisedDate");
        requirePresent(command.reason(), "reason");
        OrderedLine line = lines.openLine(command.lineNumber());
        requirePromisedFromPlacement(line.lineNumber(), command.promisedDate(), placedOn);
        if (command.promisedDate().equals(line.promisedDate())) {
            return;
        }
        List<Object> riskEvents = risks.reassess(purchaseOrderId, supplierId, line.placed(), command.promisedDate());
        apply(new PromisedDateChanged(
                purchaseOrderId, line.lineNumber(), line.promisedDate(), command.promisedDate(), command.reason()));
        riskEvents.forEach(AggregateLifecycle::apply);
    }

    /**
     * Cancels what a line has still to bring: its delivery risks close, and the requisitions it covered open again
     * for what they still need, so another order can cover them.
     */
    @CommandHandler
    void cancelLine(CancelPurchaseOrderLine command, Requisitions requisitions) {
        requirePresent(command.reason(), "reason");
        OrderedLine line = lines.openLine(command.lineNumber());
        apply(new PurchaseOrderLineCancelled(purchaseOrderId, line.lineNumber(), line.outstanding(), command.reason()));
        risks.closeLine(line.lineNumber(), DeliveryRiskClosure.LINE_CANCELLED).forEach(AggregateLifecycle::apply);
        line.placed()
                .requisitions()
                .forEach(covered -> requisitions.reopen(
                        covered.requisitionId(),
                        purchaseOrderId,
                        line.lineNumber(),
                        "purchase order line cancelled: " + command.reason()));
    }

    /**
     * Records what came in per line of a goods receipt, in the line's unit; called by receiving within the receipt's
     * unit of work. A line received in full closes its delivery risks: the goods are in, however late.
     */
    public void recordReceipt(GoodsReceiptId receiptId, List<LineReceipt> receipts, PurchasingPolicy policy) {
        List<PurchaseOrderLineReceived> received =
                new LineReceipts(purchaseOrderId, lines).received(receiptId, receipts, policy);
        received.forEach(AggregateLifecycle::apply);
        received.stream()
                .map(PurchaseOrderLineReceived::lineNumber)
                .distinct()
                .filter(number -> lines.line(number).fullyReceived())
                .flatMap(number -> risks.closeLine(number, DeliveryRiskClosure.RECEIVED_IN_FULL).stream())
                .forEach(AggregateLifecycle::apply);
    }

    /** Closes the delivery risks raised for a requisition cancelled since; called within its unit of work. */
    public void requisitionCancelled(RequisitionId requisitionId) {
        risks.closeRequisition(requisitionId).forEach(AggregateLifecycle::apply);
    }

    /** Records accepted goods of each line sent back to the supplier; called by receiving within its unit of work. */
    public void recordReturn(GoodsReceiptId receiptId, List<LineReceipt> returns) {
        new LineReceipts(purchaseOrderId, lines).returned(receiptId, returns).forEach(AggregateLifecycle::apply);
    }

    /** This order as receiving and payables read it; they decide nothing here. */
    public OrderState state() {
        return new OrderState(purchaseOrderId, supplierId, currency, lines.status(status), lines.states());
    }

    private static void requirePlacementDetails(PlacePurchaseOrder command) {
        requirePresent(command.purchaseOrderId(), "purchaseOrderId");
        requirePresent(command.supplierId(), "supplierId");
        requirePresent(command.currency(), "currency");
        requirePresent(command.placedBy(), "placedBy");
        requirePresent(command.placedOn(), "placedOn");
    }

    /**
     * The order goes to an active supplier in its terms currency, or in another currency its offers price every
     * product of the order in.
     */
    private static void requireSupplierSellingIn(PlacePurchaseOrder command, Suppliers suppliers) {
        SupplierId supplierId = command.supplierId();
        SupplierState supplier = suppliers.find(supplierId).orElseThrow(() -> new UnknownSupplier(supplierId));
        if (!supplier.active()) {
            throw new SupplierNotActive(supplierId);
        }
        List<ProductId> products = command.lines() == null
                ? List.of()
                : command.lines().stream()
                        .filter(Objects::nonNull)
                        .map(OrderLineRequest::productId)
                        .filter(Objects::nonNull)
                        .toList();
        if (!supplier.sellsIn(command.currency(), products)) {
            throw NotInSupplierCurrency.order(
                    command.currency(), supplier.terms().currency());
        }
    }

    private static Money total(Currency currency, List<PurchaseOrderLine> lines) {
        return lines.stream().map(PurchaseOrderLine::total).reduce(Money.zero(currency), Money::plus);
    }

    private Map<Integer, LocalDate> promisedDates(List<PromisedDate> given) {
        Map<Integer, LocalDate> promised = new LinkedHashMap<>();
        for (PromisedDate date : given == null ? List.<PromisedDate>of() : given) {
            requirePresent(date, "promisedDates");
            requirePresent(date.date(), "date");
            lines.openLine(date.lineNumber());
            requirePromisedFromPlacement(date.lineNumber(), date.date(), placedOn);
            if (promised.put(date.lineNumber(), date.date()) != null) {
                throw new PromisedDateGivenTwice(date.lineNumber());
            }
        }
        return promised;
    }

    @EventSourcingHandler
    void on(PurchaseOrderPlaced event) {
        purchaseOrderId = event.purchaseOrderId();
        supplierId = event.supplierId();
        currency = event.currency();
        placedOn = event.placedOn();
        status = PurchaseOrderStatus.PLACED;
        lines = new OrderLines(event.purchaseOrderId(), event.lines());
        risks = new DeliveryRisks();
    }

    @EventSourcingHandler
    void on(PurchaseOrderConfirmed event) {
        status = PurchaseOrderStatus.CONFIRMED;
        event.promisedDates().forEach(date -> lines.promise(date.lineNumber(), date.date()));
    }

    @EventSourcingHandler
    void on(PromisedDateChanged event) {
        lines.promise(event.lineNumber(), event.promisedDate());
    }

    @EventSourcingHandler
    void on(PurchaseOrderLineCancelled event) {
        lines.cancel(event.lineNumber());
    }

    @EventSourcingHandler
    void on(PurchaseOrderLineReceived event) {
        lines.received(event.lineNumber(), event.acceptedSoFar());
    }

    @EventSourcingHandler
    void on(PurchaseOrderLineReturned event) {
        lines.accepted(event.lineNumber(), event.acceptedSoFar());
    }

    @EventSourcingHandler
    void on(DeliveryRiskRaised event) {
        risks.raised(event);
    }

    @EventSourcingHandler
    void on(DeliveryRiskCleared event) {
        risks.cleared(event.lineNumber(), event.requisitionId());
    }

    @EventSourcingHandler
    void on(DeliveryRiskClosed event) {
        risks.cleared(event.lineNumber(), event.requisitionId());
    }
}
