package com.tradeledger.payables;

import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A supplier's bill was recorded against a purchase order, with each line beside what it is matched against. */
@Revision("1")
public record SupplierBillRecorded(
        SupplierBillId billId,
        SupplierId supplierId,
        PurchaseOrderId purchaseOrderId,
        String supplierInvoiceNumber,
        List<BilledLine> lines,
        Money total,
        LocalDate billedOn,
        LocalDate dueOn,
        Username recordedBy) {}
