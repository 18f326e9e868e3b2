package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import java.time.LocalDate;

/** An invoice that still asks for money: how much, in its own currency, and by when. */
public record OpenInvoice(InvoiceId invoiceId, Money outstanding, LocalDate dueOn) {}
