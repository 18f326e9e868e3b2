package com.tradeledger.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase order line as it stands: as placed, its promised date now, what it accepted so far (receipts less
 * returns), whether any goods came in on it at all, and if cancelled.
 */
record OrderedLine(
        PurchaseOrderLine placed,
        LocalDate promisedDate,
        BigDecimal acceptedSoFar,
        boolean receivedAny,
        boolean cancelled) {

    static OrderedLine placed(PurchaseOrderLine line) {
        return new OrderedLine(line, line.promisedDate(), BigDecimal.ZERO, false, false);
    }

    /** Still to bring goods: neither cancelled nor received in full. */
    boolean open() {
        return !cancelled && !fullyReceived();
    }

    int lineNumber() {
        return placed.lineNumber();
    }

    boolean fullyReceived() {
        return acceptedSoFar.compareTo(placed.quantity()) >= 0;
    }

    /** What is still to come of the ordered quantity, in the line's unit. */
    BigDecimal outstanding() {
        return placed.quantity().subtract(acceptedSoFar).max(BigDecimal.ZERO);
    }

    OrderedLine promisedFor(LocalDate date) {
        return new OrderedLine(placed, date, acceptedSoFar, receivedAny, cancelled);
    }

    OrderedLine receiving(BigDecimal accepted) {
        return new OrderedLine(placed, promisedDate, accepted, true, cancelled);
    }

    OrderedLine accepting(BigDecimal accepted) {
        return new OrderedLine(placed, promisedDate, accepted, receivedAny, cancelled);
    }

    OrderedLine cancelledNow() {
        return new OrderedLine(placed, promisedDate, acceptedSoFar, receivedAny, true);
    }

    OrderLineState state() {
        return new OrderLineState(
                placed.lineNumber(),
                placed.productId(),
                placed.unit(),
                placed.quantity(),
                placed.baseUnit(),
                placed.baseQuantity(),
                placed.baseUnitsPerUnit(),
                placed.unitPrice(),
                acceptedSoFar,
                cancelled,
                placed.requisitions());
    }
}
