package com.tradeledger.purchasing;

import com.tradeledger.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The lines of one purchase order as they stand, by line number. */
final class OrderLines {

    private final PurchaseOrderId purchaseOrderId;
    private final Map<Integer, OrderedLine> lines = new TreeMap<>();

    OrderLines(PurchaseOrderId purchaseOrderId, List<PurchaseOrderLine> placed) {
        this.purchaseOrderId = purchaseOrderId;
        placed.forEach(line -> lines.put(line.lineNumber(), OrderedLine.placed(line)));
    }

    OrderedLine line(int lineNumber) {
        OrderedLine line = lines.get(lineNumber);
        if (line == null) {
            throw new UnknownPurchaseOrderLine(purchaseOrderId, lineNumber);
        }
        return line;
    }

    /** A line still to receive: neither cancelled nor received in full. */
    OrderedLine openLine(int lineNumber) {
        OrderedLine line = uncancelledLine(lineNumber);
        if (line.fullyReceived()) {
            throw new LineFullyReceived(purchaseOrderId, lineNumber);
        }
        return line;
    }

    OrderedLine uncancelledLine(int lineNumber) {
        OrderedLine line = line(lineNumber);
        if (line.cancelled()) {
            throw new LineAlreadyCancelled(purchaseOrderId, lineNumber);
        }
        return line;
    }

    List<OrderedLine> all() {
        return List.copyOf(lines.values());
    }

    void promise(int lineNumber, LocalDate date) {
        lines.computeIfPresent(lineNumber, (number, line) -> line.promisedFor(date));
    }

    void received(int lineNumber, BigDecimal acceptedSoFar) {
        lines.computeIfPresent(lineNumber, (number, line) -> line.receiving(acceptedSoFar));
    }

    void accepted(int lineNumber, BigDecimal acceptedSoFar) {
        lines.computeIfPresent(lineNumber, (number, line) -> line.accepting(acceptedSoFar));
    }

    void cancel(int lineNumber) {
        lines.computeIfPresent(lineNumber, (number, line) -> line.cancelledNow());
    }

    /**
     * The order's status from what was recorded and what its lines say: cancelled when every line was cancelled
     * before anything came in, received when every line is received in full or cancelled.
     */
    PurchaseOrderStatus status(PurchaseOrderStatus recorded) {
        if (lines.values().stream().allMatch(line -> line.cancelled() && !line.receivedAny())) {
            return PurchaseOrderStatus.CANCELLED;
        }
        if (lines.values().stream().allMatch(line -> line.cancelled() || line.fullyReceived())) {
            return PurchaseOrderStatus.RECEIVED;
        }
        return recorded;
    }

    List<OrderLineState> states() {
        return lines.values().stream().map(OrderedLine::state).toList();
    }
}
