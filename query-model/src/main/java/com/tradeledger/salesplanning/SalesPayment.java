package com.tradeledger.salesplanning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** What the sales view remembers of a payment received: the day, and its recorded rate to the functional currency. */
public record SalesPayment(LocalDate receivedOn, BigDecimal rateToFunctional, Currency functionalCurrency) {}
