package com.tradeledger.purchasing;

import java.time.LocalDate;

/** The date a supplier promises one line of a purchase order. */
public record PromisedDate(int lineNumber, LocalDate date) {}
