package com.tradeledger.purchasing;

import static com.tradeledger.shared.Columns.instant;

import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.Money;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ReadModelJson;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Reads the purchase book's order rows back into the views the queries answer with. */
final class PurchaseOrderRows {

    private final ReadModelJson json;

    PurchaseOrderRows(ReadModelJson json) {
        this.json = json;
    }

    PurchaseOrderView orderOf(ResultSet row, List<PurchaseOrderLineView> lines) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        return new PurchaseOrderView(
                idOf(row),
                new SupplierId(row.getObject("supplier_id", UUID.class)),
                currency,
                new Money(row.getBigDecimal("total_amount"), currency),
                PurchaseOrderStatus.valueOf(row.getString("status")),
                row.getBoolean("confirmed"),
                lines,
                new Username(row.getString("placed_by")),
                row.getObject("placed_on", LocalDate.class),
                row.getLong("version"),
                instant(row, "placed_at"),
                instant(row, "changed_at"));
    }

    PurchaseOrderSummary summaryOf(ResultSet row, int rowNumber) throws SQLException {
        UUID[] contracts = (UUID[]) row.getArray("contract_ids").getArray();
        return new PurchaseOrderSummary(
                idOf(row),
                new SupplierId(row.getObject("supplier_id", UUID.class)),
                PurchaseOrderStatus.valueOf(row.getString("status")),
                new Money(row.getBigDecimal("total_amount"), Currency.getInstance(row.getString("currency"))),
                row.getObject("placed_on", LocalDate.class),
                Arrays.stream(contracts).sorted().map(ContractId::new).toList(),
                instant(row, "changed_at"));
    }

    // Open is what is still on order: a receipt beyond the order (within its tolerance) leaves nothing open. A
    // cancel takes all that is outstanding of a line, always more than nothing, and ends it: goods of a cancelled
    // line returned later are not owed any more, while those of a line still running are owed again.
    PurchaseOrderLineView lineOf(ResultSet row, int rowNumber) throws SQLException {
        PurchaseOrderLine line = json.read(row.getString("line"), PurchaseOrderLine.class);
        BigDecimal accepted = row.getBigDecimal("accepted");
        BigDecimal cancelled = row.getBigDecimal("cancelled");
        BigDecimal open = cancelled.signum() > 0
                ? BigDecimal.ZERO
                : line.quantity().subtract(accepted).max(BigDecimal.ZERO);
        return new PurchaseOrderLineView(
                line.lineNumber(),
                line.productId(),
                line.sku(),
                line.quantity(),
                Quantities.plain(accepted),
                Quantities.plain(cancelled),
                Quantities.plain(open),
                line.unit(),
                line.baseQuantity(),
                line.baseUnit(),
                line.baseUnitsPerUnit(),
                line.unitPrice(),
                line.total(),
                row.getObject("promised_date", LocalDate.class),
                line.requisitions());
    }

    private static PurchaseOrderId idOf(ResultSet row) throws SQLException {
        return new PurchaseOrderId(row.getObject("purchase_order_id", UUID.class));
    }
}
