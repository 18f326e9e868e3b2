package com.tradeledger.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.tradeledger.shared.Money;
import java.math.BigDecimal;

/**
 * The part of a payment that went to one invoice: the amount in the payment's currency, the rate used (1 for the
 * same currency) and what it settled in the invoice's currency.
 */
public record PaymentAllocationView(
        InvoiceId invoiceId,
        Money amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
        Money applied) {}
