package com.tradeledger.billing;

import com.tradeledger.shared.BusinessRuleViolation;
import java.util.Locale;

/**
 * Only a deposit invoice can be cancelled. A shipment invoice bills goods that left the warehouse: it is corrected
 * with a credit note (红字发票), never cancelled, so that no shipped goods stay unbilled.
 */
public final class InvoiceNotCancellable extends BusinessRuleViolation {

    InvoiceNotCancellable(InvoiceId invoiceId, InvoiceKind kind) {
        super(
                "invoice-not-cancellable",
                "invoice " + invoiceId + " bills a " + kind.name().toLowerCase(Locale.ROOT)
                        + " and is corrected by a credit note, never cancelled");
    }
}
