package com.tradeledger.billing;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Cancel an invoice nothing was paid on (the deposit invoice of a cancelled contract). */
public record CancelInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
