package com.tradeledger.payables;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a supplier's bill against a purchase order; it is matched against the order and its receipts at once. */
public record RecordSupplierBill(
        @TargetAggregateIdentifier SupplierBillId billId,
        PurchaseOrderId purchaseOrderId,
        String supplierInvoiceNumber,
        List<BillLineRequest> lines,
        LocalDate billedOn,
        LocalDate dueOn,
        Username recordedBy) {}
