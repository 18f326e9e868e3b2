package com.tradeledger.payables;

import com.tradeledger.shared.BusinessRuleViolation;
import com.tradeledger.shared.SupplierId;

/** A supplier's invoice is recorded once: a second bill with its number would pay the same goods twice. */
public final class SupplierInvoiceAlreadyRecorded extends BusinessRuleViolation {

    SupplierInvoiceAlreadyRecorded(SupplierId supplierId, String invoiceNumber) {
        super(
                "supplier-invoice-already-recorded",
                "supplier " + supplierId + " invoice " + invoiceNumber + " was already recorded as a bill");
    }
}
