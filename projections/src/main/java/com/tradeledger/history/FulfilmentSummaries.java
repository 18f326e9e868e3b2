package com.tradeledger.history;

import static com.tradeledger.history.EventSummaries.shortId;

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
import com.tradeledger.shipping.ShipmentCancelled;
import com.tradeledger.shipping.ShipmentPlanned;
import com.tradeledger.shipping.ShipmentShipped;
import com.tradeledger.shipping.ShippingDetailsRecorded;

/**
 * Summaries of shipments (出货), their documents (单证), invoices (发票), payments (回款) and commissions (佣金). The
 * freight cost on the shipping documents is a cost, left out.
 */
final class FulfilmentSummaries {

    private FulfilmentSummaries() {}

    static void register(EventSummaries summaries) {
        summaries
                .on(
                        ShipmentPlanned.class,
                        e -> "Shipment " + shortId(e.shipmentId()) + " planned from " + e.warehouse() + ", "
                                + e.lines().size() + " line(s)")
                .on(
                        ShipmentShipped.class,
                        e -> "Shipment " + shortId(e.shipmentId()) + " shipped on " + e.shippedOn() + ", goods value "
                                + e.goodsValue())
                .on(ShipmentCancelled.class, e -> "Shipment " + shortId(e.shipmentId()) + " cancelled: " + e.reason())
                .on(
                        ShippingDetailsRecorded.class,
                        e -> "Shipping documents recorded for shipment "
                                + shortId(e.shipmentId()) + ": bill of lading "
                                + e.details().billOfLading() + ", "
                                + e.details().vesselVoyage() + ", "
                                + e.details().portOfLoading() + " to "
                                + e.details().portOfDischarge());
        registerInvoices(summaries);
        summaries
                .on(
                        PaymentReceived.class,
                        e -> "Payment " + shortId(e.paymentId()) + " received: " + e.amount() + ", bank reference "
                                + e.bankReference())
                .on(
                        PaymentAllocated.class,
                        e -> "Payment " + shortId(e.paymentId()) + " allocated " + e.amount() + " to invoice "
                                + shortId(e.invoiceId()))
                .on(
                        CustomerCreditRecorded.class,
                        e -> "Payment " + shortId(e.paymentId()) + " left " + e.amount() + " on account")
                .on(
                        CommissionAccrued.class,
                        e -> "Commission of " + e.commission() + " accrued to " + e.agent() + " at " + e.rate() + " on "
                                + e.collected() + " collected")
                .on(
                        CommissionClawedBack.class,
                        e -> "Commission of " + e.commission() + " clawed back from " + e.agent() + " for credit note "
                                + e.creditNoteNumber())
                .on(
                        CommissionPaid.class,
                        e -> "Commission of " + e.amount() + " paid to " + e.agent() + " on " + e.paidOn());
    }

    private static void registerInvoices(EventSummaries summaries) {
        summaries
                .on(
                        InvoiceIssued.class,
                        e -> "Invoice " + e.number() + " issued (" + e.kind() + "), " + e.total() + ", due "
                                + e.dueOn())
                .on(InvoiceCancelled.class, e -> "Invoice " + shortId(e.invoiceId()) + " cancelled: " + e.reason())
                .on(
                        InvoiceCredited.class,
                        e -> "Credit note " + e.creditNoteNumber() + " for " + e.amount() + ": " + e.reason()
                                + "; outstanding " + e.outstandingAfter())
                .on(
                        InvoicePaymentApplied.class,
                        e -> "Payment " + shortId(e.paymentId()) + " applied to invoice " + shortId(e.invoiceId())
                                + ": " + e.applied() + ", outstanding " + e.outstandingAfter())
                .on(InvoiceSettled.class, e -> "Invoice " + shortId(e.invoiceId()) + " settled on " + e.settledOn())
                .on(
                        DunningReminderIssued.class,
                        e -> "Dunning reminder level " + e.level() + " for invoice "
                                + shortId(e.invoiceId()) + ": " + e.outstanding() + " outstanding, " + e.daysOverdue()
                                + " days overdue")
                .on(
                        CustomerRefundDue.class,
                        e -> "Refund of " + e.amount() + " due to the customer for credit note "
                                + e.creditNoteNumber());
    }
}
