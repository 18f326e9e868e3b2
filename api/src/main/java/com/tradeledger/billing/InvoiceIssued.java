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
import org.axonframework.serialization.Revision;

/**
 * An invoice was issued under a gap-free yearly number: its lines, the goods total, the deposit already invoiced
 * that it deducts, and the total due by {@code dueOn}; with the contract's commission terms, if any.
 */
@Revision("1")
public record InvoiceIssued(
        InvoiceId invoiceId,
        DocumentNumber number,
        InvoiceKind kind,
        ContractId contractId,
        ShipmentId shipmentId,
        CustomerId customerId,
        Username salesperson,
        Currency currency,
        List<InvoiceLine> lines,
        Money goodsTotal,
        Money depositApplied,
        Money total,
        CommissionTerms commission,
        LocalDate issuedOn,
        LocalDate dueOn) {}
