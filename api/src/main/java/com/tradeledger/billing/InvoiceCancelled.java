package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import org.axonframework.serialization.Revision;

/** An invoice nothing was paid on was cancelled; its number stays used. */
@Revision("1")
public record InvoiceCancelled(InvoiceId invoiceId, ContractId contractId, CustomerId customerId, String reason) {}
