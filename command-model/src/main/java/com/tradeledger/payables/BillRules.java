package com.tradeledger.payables;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.purchasing.OrderLineState;
import com.tradeledger.purchasing.OrderState;
import com.tradeledger.shared.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a supplier bill obeys when it is recorded: complete, due on or after its date, and each line charging a
 * positive quantity of a line of its order at a positive price in the order's currency, for an amount in whole minor
 * units; each order line once.
 */
final class BillRules {

    private BillRules() {}

    static void requireBillDetails(RecordSupplierBill command) {
        requirePresent(command.billId(), "billId");
        requirePresent(command.purchaseOrderId(), "purchaseOrderId");
        requirePresent(command.supplierInvoiceNumber(), "supplierInvoiceNumber");
        requirePresent(command.billedOn(), "billedOn");
        requirePresent(command.dueOn(), "dueOn");
        requirePresent(command.recordedBy(), "recordedBy");
        if (command.dueOn().isBefore(command.billedOn())) {
            throw new DueBeforeBilled(command.billId(), command.billedOn(), command.dueOn());
        }
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new SupplierBillWithoutLines(command.billId());
        }
    }

    /** The bill's lines, each beside the received quantity and the ordered price of its order line. */
    static List<BilledLine> billedLines(RecordSupplierBill command, OrderState order) {
        List<BilledLine> lines = new ArrayList<>();
        Set<Integer> billed = new HashSet<>();
        for (BillLineRequest request : command.lines()) {
            requirePresent(request, "lines");
            if (!billed.add(request.purchaseOrderLine())) {
                throw new OrderLineBilledTwice(request.purchaseOrderLine());
            }
            lines.add(billedLine(request, order));
        }
        return List.copyOf(lines);
    }

    private static BilledLine billedLine(BillLineRequest request, OrderState order) {
        int number = request.purchaseOrderLine();
        OrderLineState ordered =
                order.line(number).orElseThrow(() -> new UnknownOrderLine(order.purchaseOrderId(), number));
        requirePresent(request.quantity(), "quantity");
        requirePresent(request.unitPrice(), "unitPrice");
        if (request.quantity().signum() <= 0) {
            throw new QuantityNotPositive(number, request.quantity());
        }
        AmountRules.requireIn("a unit price", request.unitPrice(), order.currency());
        if (!request.unitPrice().isPositive()) {
            throw new UnitPriceNotPositive(number, request.unitPrice());
        }
        Money total = request.unitPrice().times(request.quantity());
        AmountRules.requireInMinorUnits("the amount of line " + number, total);
        return new BilledLine(
                number,
                ordered.productId(),
                request.quantity(),
                ordered.unit(),
                request.unitPrice(),
                total.rounded(),
                ordered.acceptedSoFar(),
                ordered.unitPrice());
    }
}
