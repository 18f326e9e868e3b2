package com.tradeledger.billing;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue the next dunning reminder (催款提醒) of an overdue invoice (sent by its dunning deadline). */
public record RemindOverdueInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId, LocalDate remindedOn) {}
