package com.tradeledger.payables;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.math.BigDecimal;

/**
 * What earlier supplier bills already billed, kept on the command side in the bill's own transaction, so that the
 * same goods cannot be billed twice and a supplier's invoice number is recorded once.
 */
public interface BilledGoods {

    /**
     * Adds {@code quantity} to what bills have billed of the order line (in the line's unit) and answers what they
     * had billed before; holds the line until the bill's command commits, so two bills cannot both count the same
     * goods as unbilled.
     */
    BigDecimal bill(PurchaseOrderId purchaseOrderId, int line, BigDecimal quantity);

    /** Claims the supplier's invoice number for this bill; false when another bill of the supplier recorded it. */
    boolean claimInvoiceNumber(SupplierId supplierId, String invoiceNumber, SupplierBillId billId);
}
