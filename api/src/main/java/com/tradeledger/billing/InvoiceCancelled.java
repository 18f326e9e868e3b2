package com.tradeledger.billing;

import com.tradeledger.contracting.ContractId;
import com.tradeledger.customers.CustomerId;
import org.axonframework.serialization.Revision;

/** An invoice nothing was paid on was cancelled; its number stays used. */
@Revision("1")
public record InvoiceCancelled(InvoiceId invoiceId, ContractId contractId, CustomerId customerId, String reason) {}
