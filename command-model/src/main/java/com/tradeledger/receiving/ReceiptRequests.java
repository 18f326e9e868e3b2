package com.tradeledger.receiving;

import static com.tradeledger.shared.MissingValue.requirePresent;

import com.tradeledger.purchasing.LineReceipt;
import com.tradeledger.purchasing.OrderLineState;
import com.tradeledger.purchasing.OrderState;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a goods receipt must say, and what it makes of the order's lines: per line, received more than nothing and
 * rejected between none and all of it (no rejected quantity means nothing was rejected); accepted is the rest.
 */
final class ReceiptRequests {

    private ReceiptRequests() {}

    static void requireDetails(RecordGoodsReceipt command) {
        requirePresent(command.receiptId(), "receiptId");
        requirePresent(command.purchaseOrderId(), "purchaseOrderId");
        requirePresent(command.warehouse(), "warehouse");
        requirePresent(command.receivedBy(), "receivedBy");
        requirePresent(command.receivedOn(), "receivedOn");
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new ReceiptHasNoLines();
        }
        command.lines().forEach(ReceiptRequests::requireQuantities);
    }

    /** Each requested line as received against its order line, in the line's unit and in base unit. */
    static List<ReceivedLine> linesOf(RecordGoodsReceipt command, OrderState order) {
        Set<Integer> listed = new HashSet<>();
        return command.lines().stream()
                .map(line -> {
                    if (!listed.add(line.purchaseOrderLine())) {
                        throw new OrderLineListedTwice(line.purchaseOrderLine());
                    }
                    OrderLineState ordered = order.line(line.purchaseOrderLine())
                            .orElseThrow(() -> new UnknownOrderLine(order.purchaseOrderId(), line.purchaseOrderLine()));
                    return received(line, ordered);
                })
                .toList();
    }

    /** The receipt as the order records it, line by line. */
    static List<LineReceipt> asOrderReceipts(List<ReceivedLine> lines) {
        return lines.stream()
                .map(line -> new LineReceipt(line.purchaseOrderLine(), line.received(), line.rejected()))
                .toList();
    }

    private static ReceivedLine received(ReceiptLineRequest line, OrderLineState ordered) {
        BigDecimal rejected = rejectedOf(line);
        BigDecimal accepted = line.received().subtract(rejected);
        return new ReceivedLine(
                line.purchaseOrderLine(),
                ordered.productId(),
                line.received(),
                rejected,
                accepted,
                ordered.unit(),
                BaseQuantities.of(accepted, ordered),
                ordered.baseUnit());
    }

    private static void requireQuantities(ReceiptLineRequest line) {
        requirePresent(line, "lines");
        requirePresent(line.received(), "received");
        if (line.received().signum() <= 0) {
            throw new QuantityNotPositive("received", line.purchaseOrderLine(), line.received());
        }
        BigDecimal rejected = rejectedOf(line);
        if (rejected.signum() < 0 || rejected.compareTo(line.received()) > 0) {
            throw new RejectedOutOfRange(line.purchaseOrderLine(), rejected, line.received());
        }
    }

    private static BigDecimal rejectedOf(ReceiptLineRequest line) {
        return line.rejected() == null ? BigDecimal.ZERO : line.rejected();
    }
}
