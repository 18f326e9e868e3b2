package com.tradeledger.billing;

import com.tradeledger.customers.CustomerId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * An invoice (发票) as it now stands: its number and kind, the contract and shipment it bills, customer and
 * salesperson, its lines, goods total, the deposit it deducts and its total; what was paid, credited and is still
 * outstanding; the payments and credit notes against it; when it was issued, is due and was settled; the last
 * dunning reminder (催款提醒, level 0 for none); the commission (佣金, null when none); and why it was
 * cancelled. {@code version} is the sequence number of its last event.
 */
public record InvoiceView(
        InvoiceId id,
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
        Money paid,
        Money credited,
        Money outstanding,
        InvoiceStatus status,
        LocalDate issuedOn,
        LocalDate dueOn,
        LocalDate settledOn,
        int dunningLevel,
        LocalDate lastRemindedOn,
        InvoiceCommissionView commission,
        List<AppliedPaymentView> payments,
        List<CreditNoteView> creditNotes,
        String cancellationReason,
        long version,
        Instant issuedAt,
        Instant changedAt) {}
