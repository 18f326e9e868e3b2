package com.tradeledger.payables;

import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What bills have billed per purchase order line, and the supplier invoice numbers recorded, in command-side tables
 * whose rows stay locked until the bill's command commits.
 */
@Component
class BilledGoodsTable implements BilledGoods {

    private final JdbcClient jdbc;

    BilledGoodsTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BigDecimal bill(PurchaseOrderId purchaseOrderId, int line, BigDecimal quantity) {
        BigDecimal after = jdbc.sql("""
                        INSERT INTO billed_goods (purchase_order_id, line, billed) VALUES (?, ?, ?)
                        ON CONFLICT (purchase_order_id, line) DO UPDATE SET billed = billed_goods.billed + EXCLUDED.billed
                        RETURNING billed""")
                .params(purchaseOrderId.value(), line, quantity)
                .query(BigDecimal.class)
                .single();
        // Without the column's eight decimals, so the matched quantities read as the bill gave them.
        BigDecimal before = after.subtract(quantity).stripTrailingZeros();
        return before.scale() < 0 ? before.setScale(0) : before;
    }

    @Override
    public boolean claimInvoiceNumber(SupplierId supplierId, String invoiceNumber, SupplierBillId billId) {
        return jdbc.sql("""
                        INSERT INTO supplier_invoice (supplier_id, invoice_number, bill_id) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                        .params(supplierId.value(), invoiceNumber, billId.value())
                        .update()
                == 1;
    }
}
