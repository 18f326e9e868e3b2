package com.tradeledger.payables;

import static com.tradeledger.shared.MissingValue.requirePresent;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.tradeledger.purchasing.OrderState;
import com.tradeledger.purchasing.PurchaseOrders;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * One supplier's bill (应付) against a purchase order. Recorded, it is matched three ways at once: what it bills
 * against what was received of the order and at the order's prices. A bill that matches is payable; one that does
 * not is held until finance approves it with a reason. Supplier payments settle it, part by part, until it is paid.
 */
public class SupplierBill {

    @AggregateIdentifier
    private SupplierBillId billId;

    private SupplierId supplierId;
    private SupplierBillStatus status;
    private Money outstanding;
    private Username recordedBy;

    SupplierBill() {
        // Axon rebuilds the bill from its events through this constructor.
    }

    @CommandHandler
    SupplierBill(RecordSupplierBill command, PurchaseOrders orders, PayablesPolicy policy, BilledGoods billed) {
        BillRules.requireBillDetails(command);
        OrderState order = orders.find(command.purchaseOrderId())
                .orElseThrow(() -> new UnknownPurchaseOrder(command.purchaseOrderId()));
        List<BilledLine> lines = BillRules.billedLines(command, order);
        String invoiceNumber = command.supplierInvoiceNumber().strip();
        if (!billed.claimInvoiceNumber(order.supplierId(), invoiceNumber, command.billId())) {
            throw new SupplierInvoiceAlreadyRecorded(order.supplierId(), invoiceNumber);
        }
        lines = lines.stream()
                .map(line -> line.lessBilledBefore(
                        billed.bill(command.purchaseOrderId(), line.purchaseOrderLine(), line.quantity())))
                .toList();
        apply(recorded(command, order, lines));
        List<Mismatch> mismatches = ThreeWayMatch.mismatches(lines, policy);
        if (mismatches.isEmpty()) {
            apply(new SupplierBillMatched(command.billId(), command.purchaseOrderId()));
        } else {
            apply(new SupplierBillHeld(command.billId(), command.purchaseOrderId(), mismatches));
        }
    }

    @CommandHandler
    void approve(ApproveSupplierBill command) {
        requirePresent(command.approvedBy(), "approvedBy");
        requirePresent(command.reason(), "reason");
        if (status != SupplierBillStatus.HELD) {
            throw new SupplierBillNotHeld(billId, status);
        }
        if (command.approvedBy().equals(recordedBy)) {
            throw new BillSelfApproval(billId, recordedBy);
        }
        apply(new SupplierBillApproved(billId, command.approvedBy(), command.reason()));
    }

    /**
     * Settles {@code amount} of what the bill still owes with a supplier payment made on {@code paidOn}. Called by the
     * payment's command handler, in its unit of work.
     */
    public void applyPayment(SupplierPaymentId paymentId, Money amount, LocalDate paidOn) {
        requirePresent(paymentId, "paymentId");
        requirePresent(amount, "amount");
        requirePresent(paidOn, "paidOn");
        if (status != SupplierBillStatus.PAYABLE) {
            throw new SupplierBillNotPayable(billId, status);
        }
        AmountRules.requireIn("a payment", amount, outstanding.currency());
        AmountRules.requirePositiveInMinorUnits("a payment", amount);
        if (outstanding.isLessThan(amount)) {
            throw new PaymentExceedsOutstanding(billId, amount, outstanding);
        }
        apply(new SupplierBillPaid(billId, paymentId, amount, outstanding.minus(amount), paidOn));
    }

    SupplierBillBalance balance() {
        return new SupplierBillBalance(billId, supplierId, status, outstanding);
    }

    private static SupplierBillRecorded recorded(RecordSupplierBill command, OrderState order, List<BilledLine> lines) {
        Money total = lines.stream().map(BilledLine::total).reduce(Money.zero(order.currency()), Money::plus);
        return new SupplierBillRecorded(
                command.billId(),
                order.supplierId(),
                command.purchaseOrderId(),
                command.supplierInvoiceNumber().strip(),
                lines,
                total,
                command.billedOn(),
                command.dueOn(),
                command.recordedBy());
    }

    @EventSourcingHandler
    void on(SupplierBillRecorded event) {
        billId = event.billId();
        recordedBy = event.recordedBy();
        supplierId = event.supplierId();
        outstanding = event.total();
    }

    @EventSourcingHandler
    void on(SupplierBillMatched event) {
        status = SupplierBillStatus.PAYABLE;
    }

    @EventSourcingHandler
    void on(SupplierBillHeld event) {
        status = SupplierBillStatus.HELD;
    }

    @EventSourcingHandler
    void on(SupplierBillApproved event) {
        status = SupplierBillStatus.PAYABLE;
    }

    @EventSourcingHandler
    void on(SupplierBillPaid event) {
        outstanding = event.outstandingAfter();
        if (!outstanding.isPositive()) {
            status = SupplierBillStatus.PAID;
        }
    }
}
