package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier bill (应付) as it now stands: its lines beside what they were matched against, the mismatches that held
 * it, who approved it and why, where it stands, what was paid and what is still outstanding, and when it is due.
 * {@code version} is the sequence number of its last event.
 */
public record SupplierBillView(
        SupplierBillId id,
        SupplierId supplierId,
        PurchaseOrderId purchaseOrderId,
        String supplierInvoiceNumber,
        List<BilledLine> lines,
        List<Mismatch> mismatches,
        SupplierBillStatus status,
        Username approvedBy,
        String approvalReason,
        Money total,
        Money paid,
        Money outstanding,
        List<SupplierBillPayment> payments,
        LocalDate billedOn,
        LocalDate dueOn,
        Username recordedBy,
        long version,
        Instant recordedAt,
        Instant changedAt) {}
