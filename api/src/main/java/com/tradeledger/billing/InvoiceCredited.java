package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A credit note (its own gap-free number) reduced what the invoice asks for. */
@Revision("1")
public record InvoiceCredited(
        InvoiceId invoiceId,
        DocumentNumber creditNoteNumber,
        ContractId contractId,
        CustomerId customerId,
        Money amount,
        String reason,
        Money outstandingAfter,
        Username issuedBy,
        LocalDate issuedOn) {}
