package com.tradeledger.webhooks;

import java.time.Duration;

/** Appends stayed in flight too long to settle the log's head for a registration without {@code after}; 503. */
class LogBusy extends RuntimeException {

    LogBusy(Duration waited) {
        super("appends to the log were still in flight after " + waited.toMillis()
                + " ms; retry, or register with an explicit after");
    }
}
