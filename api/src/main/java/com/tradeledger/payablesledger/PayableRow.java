package com.tradeledger.payablesledger;

import com.tradeledger.payables.SupplierBillStatus;
import com.tradeledger.receivables.AgeingBucket;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One payable as a flat line of an analyst's CSV export: every amount in the bill's {@code currency}. */
public record PayableRow(
        String billId,
        String supplierInvoiceNumber,
        String supplierId,
        String supplierCode,
        String supplierName,
        String purchaseOrderId,
        String currency,
        BigDecimal amount,
        BigDecimal paid,
        BigDecimal outstanding,
        LocalDate billedOn,
        LocalDate dueOn,
        long daysOverdue,
        AgeingBucket bucket,
        SupplierBillStatus status) {}
