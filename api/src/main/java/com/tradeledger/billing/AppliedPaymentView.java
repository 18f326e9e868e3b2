package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import java.time.LocalDate;

/** A payment's share that settled part of an invoice, in the invoice's currency. */
public record AppliedPaymentView(PaymentId paymentId, Money applied, LocalDate paidOn) {}
