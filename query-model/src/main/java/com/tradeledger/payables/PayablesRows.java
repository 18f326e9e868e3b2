package com.tradeledger.payables;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Reads the payables book's rows back into the views the queries answer with. */
final class PayablesRows {

    private static final TypeReference<List<BilledLine>> LINES = new TypeReference<>() {};
    private static final TypeReference<List<Mismatch>> MISMATCHES = new TypeReference<>() {};
    private static final TypeReference<List<SupplierBillPayment>> PAYMENTS = new TypeReference<>() {};
    private static final TypeReference<List<SupplierPaymentAllocation>> ALLOCATIONS = new TypeReference<>() {};

    private final ReadModelJson json;

    PayablesRows(ReadModelJson json) {
        this.json = json;
    }

    SupplierBillView billOf(ResultSet row, int rowNumber) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        return new SupplierBillView(
                new SupplierBillId(row.getObject("bill_id", UUID.class)),
                new SupplierId(row.getObject("supplier_id", UUID.class)),
                new PurchaseOrderId(row.getObject("purchase_order_id", UUID.class)),
                row.getString("supplier_invoice_number"),
                json.read(row.getString("lines"), LINES),
                json.read(row.getString("mismatches"), MISMATCHES),
                SupplierBillStatus.valueOf(row.getString("status")),
                nullable(row.getString("approved_by"), Username::new),
                row.getString("approval_reason"),
                new Money(row.getBigDecimal("total"), currency),
                new Money(row.getBigDecimal("paid"), currency),
                new Money(row.getBigDecimal("outstanding"), currency),
                json.read(row.getString("payments"), PAYMENTS),
                row.getObject("billed_on", LocalDate.class),
                row.getObject("due_on", LocalDate.class),
                new Username(row.getString("recorded_by")),
                row.getLong("version"),
                instant(row, "recorded_at"),
                instant(row, "changed_at"));
    }

    SupplierPaymentView paymentOf(ResultSet row, int rowNumber) throws SQLException {
        return new SupplierPaymentView(
                new SupplierPaymentId(row.getObject("payment_id", UUID.class)),
                new SupplierId(row.getObject("supplier_id", UUID.class)),
                new Money(row.getBigDecimal("amount"), Currency.getInstance(row.getString("currency"))),
                row.getString("bank_reference"),
                row.getObject("paid_on", LocalDate.class),
                row.getBigDecimal("rate_to_functional"),
                new Money(
                        row.getBigDecimal("functional_amount"),
                        Currency.getInstance(row.getString("functional_currency"))),
                json.read(row.getString("allocations"), ALLOCATIONS),
                new Username(row.getString("recorded_by")),
                instant(row, "recorded_at"));
    }
}
