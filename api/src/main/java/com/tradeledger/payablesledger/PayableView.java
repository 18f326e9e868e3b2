package com.tradeledger.payablesledger;

import com.tradeledger.payables.SupplierBillId;
import com.tradeledger.payables.SupplierBillStatus;
import com.tradeledger.purchasing.SupplierCode;
import com.tradeledger.receivables.AgeingBucket;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.time.LocalDate;

/**
 * One supplier bill as a payable (应付) on the day asked: the supplier, the purchase order, what was billed, paid and
 * is outstanding, when it was due, how many days overdue it is, its ageing bucket, and whether it is held by a
 * mismatch or payable.
 */
public record PayableView(
        SupplierBillId billId,
        String supplierInvoiceNumber,
        SupplierId supplierId,
        SupplierCode supplierCode,
        String supplierName,
        PurchaseOrderId purchaseOrderId,
        Money amount,
        Money paid,
        Money outstanding,
        LocalDate billedOn,
        LocalDate dueOn,
        long daysOverdue,
        AgeingBucket bucket,
        SupplierBillStatus status) {}
