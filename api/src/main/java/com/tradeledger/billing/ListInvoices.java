package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;

/**
 * Ask for a page of invoices, newest first, filtered by customer, contract and status (a null filter matches
 * every invoice); answered with an {@link InvoicePage}.
 */
public record ListInvoices(CustomerId customerId, ContractId contractId, InvoiceStatus status, int page, int size) {}
