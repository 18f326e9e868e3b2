package com.tradeledger.billing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Mark the commission accrued on an invoice's collections as paid to the agent. */
public record PayCommission(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        String reference,
        LocalDate paidOn,
        @TargetAggregateVersion Long expectedVersion) {}
