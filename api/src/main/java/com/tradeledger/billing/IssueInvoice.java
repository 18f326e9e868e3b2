package com.tradeledger.billing;

import com.tradeledger.contracting.CommissionTerms;
import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue an invoice for a contract's deposit or for one shipment (sent by the billing process). */
public record IssueInvoice(
        @TargetAggregateIdentifier InvoiceId invoiceId,
        InvoiceKind kind,
        ContractId contractId,
        ShipmentId shipmentId,
        CustomerId customerId,
        Username salesperson,
        Currency currency,
        List<InvoiceLine> lines,
        Money depositApplied,
        CommissionTerms commission,
        LocalDate issuedOn,
        LocalDate dueOn) {}
