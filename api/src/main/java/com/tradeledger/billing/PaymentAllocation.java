package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import java.math.BigDecimal;

/**
 * Part of a payment applied to one invoice: {@code amount} in the payment's currency and, when the invoice is in
 * another currency, the rate (invoice currency units per payment currency unit).
 */
public record PaymentAllocation(InvoiceId invoiceId, Money amount, BigDecimal rate) {}
