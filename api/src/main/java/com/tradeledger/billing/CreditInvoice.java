package com.tradeledger.billing;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Issue a credit note (红字发票) against an invoice for returned or disputed goods. */
public record CreditInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        Money amount,
        String reason,
        Username issuedBy,
        LocalDate issuedOn,
        @TargetAggregateVersion Long expectedVersion) {}
