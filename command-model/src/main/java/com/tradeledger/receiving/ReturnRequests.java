package com.tradeledger.receiving;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.purchasing.LineReceipt;
import com.tradeledger.purchasing.OrderLineState;
import com.tradeledger.purchasing.OrderState;
import com.tradeledger.shared.GoodsReceiptId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a return to the supplier (退货) must say, and what it may send back of its receipt: from stock, no more than
 * the line accepted less what already went back from stock; of the rejected goods, no more than inspection rejected
 * less what already went back of them. Lines of one return count against each other in the order given.
 */
final class ReturnRequests {

    private ReturnRequests() {}

    static void requireDetails(ReturnToSupplier command) {
        requirePresent(command.reason(), "reason");
        requirePresent(command.returnedBy(), "returnedBy");
        requirePresent(command.returnedOn(), "returnedOn");
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new ReturnHasNoLines();
        }
        command.lines().forEach(line -> {
            requirePresent(line, "lines");
            requirePresent(line.quantity(), "quantity");
            if (line.quantity().signum() <= 0) {
                throw new QuantityNotPositive("returned", line.purchaseOrderLine(), line.quantity());
            }
        });
    }

    /** Each requested line as it goes back, in the line's unit and in base unit. */
    static List<ReturnedLine> linesOf(
            ReturnToSupplier command, GoodsReceiptId receiptId, Map<Integer, ReceiptLine> receipt, OrderState order) {
        Map<Integer, ReceiptLine> left = new HashMap<>(receipt);
        List<ReturnedLine> returned = new ArrayList<>();
        for (ReturnLineRequest line : command.lines()) {
            ReceiptLine received = left.get(line.purchaseOrderLine());
            if (received == null) {
                throw new LineNotOnReceipt(receiptId, line.purchaseOrderLine());
            }
            requireReturnable(line, received);
            left.put(line.purchaseOrderLine(), received.after(line.quantity(), line.fromStock()));
            OrderLineState ordered = order.line(line.purchaseOrderLine()).orElseThrow();
            returned.add(new ReturnedLine(
                    line.purchaseOrderLine(),
                    received.productId(),
                    line.quantity(),
                    received.unit(),
                    BaseQuantities.of(line.quantity(), ordered),
                    line.fromStock()));
        }
        return returned;
    }

    /** The goods that go back from stock, as the order records them: returned, none rejected. */
    static List<LineReceipt> asOrderReturns(List<ReturnedLine> fromStock) {
        return fromStock.stream()
                .map(line -> new LineReceipt(line.purchaseOrderLine(), line.quantity(), BigDecimal.ZERO))
                .toList();
    }

    private static void requireReturnable(ReturnLineRequest line, ReceiptLine received) {
        if (line.fromStock() && line.quantity().compareTo(received.returnableFromStock()) > 0) {
            throw new ReturnExceedsAccepted(line.purchaseOrderLine(), line.quantity(), received.returnableFromStock());
        }
        if (!line.fromStock() && line.quantity().compareTo(received.returnableRejected()) > 0) {
            throw new ReturnExceedsRejected(line.purchaseOrderLine(), line.quantity(), received.returnableRejected());
        }
    }
}
