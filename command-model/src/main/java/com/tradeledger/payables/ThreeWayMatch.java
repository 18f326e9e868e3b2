package com.tradeledger.payables;

import java.util.ArrayList;
import java.util.List;

/**
 * The three-way match of a bill: each line's quantity against what was received of its order line (accepted, less
 * returns) and not billed before, and its unit price against the order's, each within the policy's tolerance.
 */
final class ThreeWayMatch {

    private ThreeWayMatch() {}

    /** The differences found, line by line, quantity before price; none when the bill may be paid as it is. */
    static List<Mismatch> mismatches(List<BilledLine> lines, PayablesPolicy policy) {
        List<Mismatch> found = new ArrayList<>();
        for (BilledLine line : lines) {
            if (!policy.quantityMatches(line.quantity(), line.receivedQuantity())) {
                found.add(new Mismatch(
                        line.purchaseOrderLine(), MismatchKind.QUANTITY, line.quantity(), line.receivedQuantity()));
            }
            if (!policy.priceMatches(line.unitPrice(), line.orderedUnitPrice())) {
                found.add(new Mismatch(
                        line.purchaseOrderLine(),
                        MismatchKind.PRICE,
                        line.unitPrice().amount(),
                        line.orderedUnitPrice().amount()));
            }
        }
        return List.copyOf(found);
    }
}
