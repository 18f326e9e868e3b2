package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A payment settled part of the invoice; {@code outstandingAfter} is what is still owed. */
@Revision("1")
public record InvoicePaymentApplied(
        InvoiceId invoiceId,
        PaymentId paymentId,
        ContractId contractId,
        CustomerId customerId,
        Money applied,
        Money outstandingAfter,
        LocalDate paidOn) {}
