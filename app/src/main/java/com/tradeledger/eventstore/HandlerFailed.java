package com.tradeledger.eventstore;

/**
 * Carries a handler's exception, checked or not, through a transaction template, which takes only unchecked ones,
 * so that it can be thrown again unchanged once the transaction has rolled back.
 */
final class HandlerFailed extends RuntimeException {

    private final Exception cause;

    HandlerFailed(Exception cause) {
        super(cause.getMessage(), cause, false, false);
        this.cause = cause;
    }

    Exception cause() {
        return cause;
    }
}
