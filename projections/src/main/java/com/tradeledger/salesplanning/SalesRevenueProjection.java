package com.tradeledger.salesplanning;

import static com.tradeledger.salesplanning.SalesPipelineProjection.negated;
import static com.tradeledger.salesplanning.SalesPipelineProjection.perProduct;

import com.tradeledger.billing.CommissionAccrued;
import com.tradeledger.billing.CommissionClawedBack;
import com.tradeledger.billing.CommissionPaid;
import com.tradeledger.billing.InvoiceCancelled;
import com.tradeledger.billing.InvoiceCredited;
import com.tradeledger.billing.InvoiceIssued;
import com.tradeledger.billing.InvoiceLine;
import com.tradeledger.billing.PaymentAllocated;
import com.tradeledger.billing.PaymentReceived;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

/**
 * Sales performance from billing: invoices issued (per product, the deposit a shipment invoice deducts with no
 * product) and cancelled, credit notes, money collected (in the invoice's currency, and in the functional currency
 * at the payment's recorded rate, in the month it was received), and commission accrued, clawed back and paid, for
 * the salesperson the invoice named. Each event is taken once, by its id.
 */
@Component
@ProcessingGroup("sales-performance")
public class SalesRevenueProjection {

    private final SalesPerformanceBook performance;
    private final SalesDealBook deals;

    public SalesRevenueProjection(SalesPerformanceBook performance, SalesDealBook deals) {
        this.performance = performance;
        this.deals = deals;
    }

    @EventHandler
    public void on(InvoiceIssued event, @MessageIdentifier String eventId) {
        if (!performance.takes(eventId)) {
            return;
        }
        List<ProductAmount> lines = new ArrayList<>(perProduct(
                event.lines(), InvoiceLine::productId, line -> line.total().amount()));
        BigDecimal rest = event.total().amount();
        for (ProductAmount line : lines) {
            rest = rest.subtract(line.amount());
        }
        if (rest.signum() != 0) {
            lines.add(new ProductAmount(null, rest));
        }
        deals.issueInvoice(
                event.invoiceId(), event.customerId(), event.salesperson(), event.currency(), event.issuedOn(), lines);
        var cell = new SalesCell(event.salesperson(), event.customerId(), null, event.issuedOn(), event.currency());
        add(cell, SalesMeasure.INVOICED, lines);
    }

    @EventHandler
    public void on(InvoiceCancelled event, @MessageIdentifier String eventId) {
        if (!performance.takes(eventId)) {
            return;
        }
        deals.invoice(event.invoiceId()).filter(invoice -> !invoice.cancelled()).ifPresent(invoice -> {
            add(invoice.cell(invoice.issuedOn()), SalesMeasure.INVOICED, negated(invoice.lines()));
            deals.cancelInvoice(event.invoiceId());
        });
    }

    @EventHandler
    public void on(InvoiceCredited event, @MessageIdentifier String eventId) {
        if (performance.takes(eventId)) {
            deals.invoice(event.invoiceId())
                    .ifPresent(invoice -> performance.add(
                            invoice.cell(event.issuedOn()),
                            SalesMeasure.CREDITED,
                            event.amount().amount()));
        }
    }

    @EventHandler
    public void on(PaymentReceived event, @MessageIdentifier String eventId) {
        if (performance.takes(eventId)) {
            deals.receivePayment(
                    event.paymentId(),
                    event.receivedOn(),
                    event.rateToFunctional(),
                    event.functionalAmount().currency());
        }
    }

    @EventHandler
    public void on(PaymentAllocated event, @MessageIdentifier String eventId) {
        if (!performance.takes(eventId)) {
            return;
        }
        deals.invoice(event.invoiceId())
                .ifPresent(invoice -> deals.payment(event.paymentId()).ifPresent(payment -> {
                    int minorUnits = Math.max(payment.functionalCurrency().getDefaultFractionDigits(), 0);
                    BigDecimal functional = event.amount()
                            .amount()
                            .multiply(payment.rateToFunctional())
                            .setScale(minorUnits, RoundingMode.HALF_EVEN);
                    performance.addCollected(
                            invoice.cell(payment.receivedOn()), event.applied().amount(), functional);
                }));
    }

    @EventHandler
    public void on(CommissionAccrued event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (!performance.takes(eventId)) {
            return;
        }
        LocalDate on = deals.payment(event.paymentId())
                .map(SalesPayment::receivedOn)
                .orElse(LocalDate.ofInstant(at, ZoneOffset.UTC));
        deals.invoice(event.invoiceId())
                .ifPresent(invoice -> performance.add(
                        invoice.cell(on),
                        SalesMeasure.COMMISSION_ACCRUED,
                        event.commission().amount()));
    }

    @EventHandler
    public void on(CommissionClawedBack event, @MessageIdentifier String eventId, @Timestamp Instant at) {
        if (performance.takes(eventId)) {
            deals.invoice(event.invoiceId())
                    .ifPresent(invoice -> performance.add(
                            invoice.cell(LocalDate.ofInstant(at, ZoneOffset.UTC)),
                            SalesMeasure.COMMISSION_ACCRUED,
                            event.commission().amount().negate()));
        }
    }

    @EventHandler
    public void on(CommissionPaid event, @MessageIdentifier String eventId) {
        if (performance.takes(eventId)) {
            deals.invoice(event.invoiceId())
                    .ifPresent(invoice -> performance.add(
                            invoice.cell(event.paidOn()),
                            SalesMeasure.COMMISSION_PAID,
                            event.amount().amount()));
        }
    }

    private void add(SalesCell cell, SalesMeasure measure, List<ProductAmount> amounts) {
        for (ProductAmount amount : amounts) {
            performance.add(cell.forProduct(amount.productId()), measure, amount.amount());
        }
    }
}
