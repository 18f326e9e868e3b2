package com.tradeledger.payables;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What earlier bills billed, and the invoice numbers they used, kept in memory for fixture tests. */
final class InMemoryBilledGoods implements BilledGoods {

    private final Map<String, BigDecimal> billed = new HashMap<>();
    private final Set<String> invoiceNumbers = new HashSet<>();

    @Override
    public BigDecimal bill(PurchaseOrderId purchaseOrderId, int line, BigDecimal quantity) {
        String key = purchaseOrderId + "/" + line;
        BigDecimal before = billed.getOrDefault(key, BigDecimal.ZERO);
        billed.put(key, before.add(quantity));
        return before;
    }

    @Override
    public boolean claimInvoiceNumber(SupplierId supplierId, String invoiceNumber, SupplierBillId billId) {
        return invoiceNumbers.add(supplierId + "/" + invoiceNumber);
    }
}
