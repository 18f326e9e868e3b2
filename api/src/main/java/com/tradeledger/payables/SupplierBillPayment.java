package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import java.time.LocalDate;

/** Part of a supplier payment that settled part of a bill, and what the bill still owed after it. */
public record SupplierBillPayment(
        SupplierPaymentId paymentId, Money amount, Money outstandingAfter, LocalDate paidOn) {}
