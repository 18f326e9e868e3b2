package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.Money;
import java.util.Currency;

/** Where an invoice stands as a payment sees it: whose it is, its currency and status, and what it still asks for. */
public record InvoiceBalance(
        InvoiceId invoiceId, CustomerId customerId, Currency currency, InvoiceStatus status, Money outstanding) {}
