package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import java.time.LocalDate;

/** An invoice as a list shows it: its number, whose it is, what it asks for, what is still owed and by when. */
public record InvoiceSummary(
        InvoiceId id,
        DocumentNumber number,
        InvoiceKind kind,
        ContractId contractId,
        CustomerId customerId,
        InvoiceStatus status,
        Money total,
        Money outstanding,
        LocalDate issuedOn,
        LocalDate dueOn) {}
