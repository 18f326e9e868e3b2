package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import org.axonframework.serialization.Revision;

/**
 * A credit note (红字发票) took back more than the invoice still asked for: that part was already paid, so
 * {@code amount} is owed back to the customer.
 */
@Revision("1")
public record CustomerRefundDue(
        InvoiceId invoiceId, CustomerId customerId, DocumentNumber creditNoteNumber, Money amount) {}
