package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * Part of a payment went to an invoice: {@code amount} of the payment, at {@code rate} (1 when the currencies are
 * the same), settling {@code applied} of the invoice in its currency.
 */
@Revision("1")
public record PaymentAllocated(
        PaymentId paymentId, InvoiceId invoiceId, Money amount, BigDecimal rate, Money applied) {}
