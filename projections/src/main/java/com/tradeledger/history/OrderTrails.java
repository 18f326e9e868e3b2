package com.tradeledger.history;

import static com.tradeledger.history.OrderTrail.heldUnder;
import static com.tradeledger.history.OrderTrail.ofContracts;
import static com.tradeledger.history.OrderTrail.ofSubjects;
import static com.tradeledger.history.OrderTrail.orderLine;
import static com.tradeledger.history.OrderTrail.paymentShare;

import com.tradeledger.billing.CommissionAccrued;
import com.tradeledger.billing.CommissionClawedBack;
import com.tradeledger.billing.CommissionPaid;
import com.tradeledger.billing.CustomerCreditRecorded;
import com.tradeledger.billing.CustomerRefundDue;
import com.tradeledger.billing.DunningReminderIssued;
import com.tradeledger.billing.InvoiceCancelled;
import com.tradeledger.billing.InvoiceCredited;
import com.tradeledger.billing.InvoiceIssued;
import com.tradeledger.billing.InvoicePaymentApplied;
import com.tradeledger.billing.InvoiceSettled;
import com.tradeledger.billing.PaymentAllocated;
import com.tradeledger.billing.PaymentReceived;
import com.tradeledger.contracting.CommissionAgreed;
import com.tradeledger.contracting.ContractApproved;
import com.tradeledger.contracting.ContractCancelled;
import com.tradeledger.contracting.ContractCompleted;
import com.tradeledger.contracting.ContractConcluded;
import com.tradeledger.contracting.ContractRejected;
import com.tradeledger.contracting.ContractShipmentRecorded;
import com.tradeledger.contracting.ContractSigned;
import com.tradeledger.contracting.ContractStockAllocated;
import com.tradeledger.contracting.ContractSubmitted;
import com.tradeledger.contracting.DeliveryScheduled;
import com.tradeledger.contracting.PaymentTermsAgreed;
import com.tradeledger.purchasing.CoveredRequisition;
import com.tradeledger.purchasing.DeliveryRiskCleared;
import com.tradeledger.purchasing.DeliveryRiskClosed;
import com.tradeledger.purchasing.DeliveryRiskRaised;
import com.tradeledger.purchasing.PromisedDateChanged;
import com.tradeledger.purchasing.PurchaseOrderConfirmed;
import com.tradeledger.purchasing.PurchaseOrderLine;
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
import com.tradeledger.quoting.QuoteAccepted;
import com.tradeledger.quoting.QuoteApproved;
import com.tradeledger.quoting.QuoteDrafted;
import com.tradeledger.quoting.QuoteExpired;
import com.tradeledger.quoting.QuoteFeedbackRecorded;
import com.tradeledger.quoting.QuoteIssued;
import com.tradeledger.quoting.QuoteLineAdded;
import com.tradeledger.quoting.QuoteLineChanged;
import com.tradeledger.quoting.QuoteLineRemoved;
import com.tradeledger.quoting.QuoteRejected;
import com.tradeledger.quoting.QuoteRevised;
import com.tradeledger.receiving.GoodsReceived;
import com.tradeledger.receiving.GoodsReturned;
import com.tradeledger.shipping.ShipmentCancelled;
import com.tradeledger.shipping.ShipmentPlanned;
import com.tradeledger.shipping.ShipmentShipped;
import com.tradeledger.shipping.ShippingDetailsRecorded;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Works out from each event where it belongs in the contracts' stories: quote and contract events by their ids;
 * requisitions, delivery risks, shipments, invoices and commissions by the contract they name; a purchase order by
 * the contracts of the requisitions its lines cover, and its receipts by the order lines; a payment by the contracts
 * of the invoices it was applied to.
 */
final class OrderTrails {

    private final Map<Class<?>, Function<Object, OrderTrail>> byType = new HashMap<>();

    OrderTrails() {
        contractsAndSales();
        supply();
        billing();
    }

    /** Where the event belongs; {@link OrderTrail#NONE} when in no contract's story. */
    OrderTrail of(Object event) {
        Function<Object, OrderTrail> trail = byType.get(event.getClass());
        return trail == null ? OrderTrail.NONE : trail.apply(event);
    }

    private <T> void on(Class<T> type, Function<T, OrderTrail> trail) {
        byType.put(type, event -> trail.apply(type.cast(event)));
    }

    // A quote's events come before its contract is known: they are held until the contract is concluded from it.
    private void contractsAndSales() {
        on(QuoteDrafted.class, e -> heldUnder(e.quoteId().toString()));
        on(QuoteLineAdded.class, e -> heldUnder(e.quoteId().toString()));
        on(QuoteLineChanged.class, e -> heldUnder(e.quoteId().toString()));
        on(QuoteLineRemoved.class, e -> heldUnder(e.quoteId().toString()));
        on(QuoteIssued.class, e -> heldUnder(e.quoteId().toString()));
        on(QuoteRevised.class, e -> heldUnder(e.quoteId().toString()));
        on(QuoteApproved.class, e -> heldUnder(e.quoteId().toString()));
        on(QuoteFeedbackRecorded.class, e -> heldUnder(e.quoteId().toString()));
        on(QuoteAccepted.class, e -> heldUnder(e.quoteId().toString()));
        on(QuoteRejected.class, e -> heldUnder(e.quoteId().toString()));
        on(QuoteExpired.class, e -> heldUnder(e.quoteId().toString()));
        on(ContractSubmitted.class, e -> ofContracts(e.contractId()));
        on(ContractApproved.class, e -> ofContracts(e.contractId()));
        on(ContractRejected.class, e -> ofContracts(e.contractId()));
        on(PaymentTermsAgreed.class, e -> ofContracts(e.contractId()));
        on(CommissionAgreed.class, e -> ofContracts(e.contractId()));
        on(DeliveryScheduled.class, e -> ofContracts(e.contractId()));
        on(ContractSigned.class, e -> ofContracts(e.contractId()));
        on(ContractStockAllocated.class, e -> ofContracts(e.contractId()));
        on(ContractShipmentRecorded.class, e -> ofContracts(e.contractId()));
        on(ContractCancelled.class, e -> ofContracts(e.contractId()));
        on(ContractCompleted.class, e -> ofContracts(e.contractId()));
        on(ContractConcluded.class, e -> ofContracts(e.contractId()).linking(e.quoteId(), e.contractId()));
        on(ShipmentPlanned.class, e -> ofContracts(e.contractId()).linking(e.shipmentId(), e.contractId()));
        on(ShipmentShipped.class, e -> ofContracts(e.contractId()));
        on(ShipmentCancelled.class, e -> ofContracts(e.contractId()));
        on(
                ShippingDetailsRecorded.class,
                e -> ofSubjects(Stream.of(e.shipmentId().toString())));
    }

    private void supply() {
        on(RequisitionRaised.class, e -> ofContracts(e.contractId()));
        on(RequisitionOrdered.class, e -> ofContracts(e.contractId()));
        on(RequisitionFilled.class, e -> ofContracts(e.contractId()));
        on(RequisitionGoodsReturned.class, e -> ofContracts(e.contractId()));
        on(RequisitionCancelled.class, e -> ofContracts(e.contractId()));
        on(RequisitionReopened.class, e -> ofContracts(e.contractId()));
        on(PurchaseOrderPlaced.class, OrderTrails::placed);
        on(
                PurchaseOrderConfirmed.class,
                e -> ofSubjects(Stream.of(e.purchaseOrderId().toString())));
        on(PromisedDateChanged.class, e -> ofLine(e.purchaseOrderId(), e.lineNumber()));
        on(PurchaseOrderLineCancelled.class, e -> ofLine(e.purchaseOrderId(), e.lineNumber()));
        on(PurchaseOrderLineReceived.class, e -> ofLine(e.purchaseOrderId(), e.lineNumber()));
        on(PurchaseOrderLineReturned.class, e -> ofLine(e.purchaseOrderId(), e.lineNumber()));
        on(DeliveryRiskRaised.class, e -> ofContracts(e.contractId()));
        on(DeliveryRiskCleared.class, e -> ofContracts(e.contractId()));
        on(DeliveryRiskClosed.class, e -> ofContracts(e.contractId()));
        on(
                GoodsReceived.class,
                e -> ofSubjects(
                        e.lines().stream().map(line -> orderLine(e.purchaseOrderId(), line.purchaseOrderLine()))));
        on(
                GoodsReturned.class,
                e -> ofSubjects(
                        e.lines().stream().map(line -> orderLine(e.purchaseOrderId(), line.purchaseOrderLine()))));
    }

    private void billing() {
        on(InvoiceIssued.class, e -> ofContracts(e.contractId()).linking(e.invoiceId(), e.contractId()));
        on(InvoiceCancelled.class, e -> ofContracts(e.contractId()));
        on(InvoiceCredited.class, e -> ofContracts(e.contractId()));
        on(InvoiceSettled.class, e -> ofContracts(e.contractId()));
        on(
                InvoicePaymentApplied.class,
                e -> ofContracts(e.contractId())
                        .linking(e.paymentId(), e.contractId())
                        .linking(paymentShare(e.paymentId(), e.invoiceId()), e.contractId()));
        on(DunningReminderIssued.class, e -> ofSubjects(Stream.of(e.invoiceId().toString())));
        on(CustomerRefundDue.class, e -> ofSubjects(Stream.of(e.invoiceId().toString())));
        on(CommissionAccrued.class, e -> ofContracts(e.contractId()));
        on(CommissionClawedBack.class, e -> ofContracts(e.contractId()));
        on(CommissionPaid.class, e -> ofContracts(e.contractId()));
        on(PaymentReceived.class, e -> heldUnder(e.paymentId().toString()));
        on(CustomerCreditRecorded.class, e -> heldUnder(e.paymentId().toString()));
        on(PaymentAllocated.class, e -> heldUnder(paymentShare(e.paymentId(), e.invoiceId())));
    }

    // The order is linked to every contract its lines serve, and each line to the contracts of its requisitions.
    private static OrderTrail placed(PurchaseOrderPlaced placed) {
        OrderTrail trail = OrderTrail.NONE;
        for (PurchaseOrderLine line : placed.lines()) {
            for (CoveredRequisition covered : line.requisitions()) {
                trail = trail.withContracts(List.of(covered.contractId()))
                        .linking(placed.purchaseOrderId(), covered.contractId())
                        .linking(orderLine(placed.purchaseOrderId(), line.lineNumber()), covered.contractId());
            }
        }
        return trail;
    }

    private static OrderTrail ofLine(Object purchaseOrderId, int lineNumber) {
        return ofSubjects(Stream.of(orderLine(purchaseOrderId, lineNumber)));
    }
}
