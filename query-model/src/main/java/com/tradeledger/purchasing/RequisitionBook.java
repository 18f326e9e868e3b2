package com.tradeledger.purchasing;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;
import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The purchase book's requisitions (采购计划): one row per requisition with the contract line it serves, the purchase order
 * line covering it and what receipts filled of it. The projection writes it, the query handlers read it. Every change
 * carries the stamp of its event and is skipped when the requisition already holds that event or a later one.
 */
@Component
public class RequisitionBook {

    private final JdbcClient jdbc;

    public RequisitionBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a newly raised requisition, open; one already in the book is left as it is. */
    public void raise(RequisitionRaised raised, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("id", raised.requisitionId().value());
        columns.put("contractId", raised.contractId().value());
        columns.put("contractLine", raised.contractLine());
        columns.put("productId", raised.productId().value());
        columns.put("quantity", raised.quantity());
        columns.put("baseUnit", raised.baseUnit().code());
        columns.put("dateNeeded", raised.dateNeeded());
        columns.put("kind", raised.kind().name());
        columns.put("forProduct", nullable(raised.forProduct(), ProductId::value));
        columns.put("status", RequisitionStatus.OPEN.name());
        columns.put("version", stamp.version());
        columns.put("at", timestamp(stamp.at()));
        jdbc.sql("""
                        insert into requisition_book (requisition_id, contract_id, contract_line, product_id, quantity,
                            base_unit, date_needed, kind, for_product, status, version, raised_at, changed_at)
                        values (:id, :contractId, :contractLine, :productId, :quantity, :baseUnit, :dateNeeded, :kind,
                            :forProduct, :status, :version, :at, :at)
                        on conflict (requisition_id) do nothing
                        """).params(columns).update();
    }

    public void order(RequisitionOrdered ordered, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", RequisitionStatus.ORDERED.name());
        columns.put("orderId", ordered.purchaseOrderId().value());
        columns.put("orderLine", ordered.purchaseOrderLine());
        update(
                ordered.requisitionId(),
                stamp,
                "status = :status, purchase_order_id = :orderId, purchase_order_line = :orderLine",
                columns);
    }

    /** Takes what is filled now; filled in full, the requisition is done. */
    public void fill(RequisitionFilled filled, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("filled", filled.filledSoFar());
        columns.put("done", RequisitionStatus.FILLED.name());
        update(
                filled.requisitionId(),
                stamp,
                "filled = :filled, status = case when :filled >= quantity then :done else status end",
                columns);
    }

    /**
     * Takes what stays filled after goods went back to the supplier: a requisition ordered or filled waits for its
     * order line again; one open again or cancelled stays so.
     */
    public void returnGoods(RequisitionGoodsReturned returned, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("filled", returned.filledSoFar());
        columns.put("ordered", RequisitionStatus.ORDERED.name());
        columns.put("done", RequisitionStatus.FILLED.name());
        update(
                returned.requisitionId(),
                stamp,
                "filled = :filled, status = case when status = :done then :ordered else status end",
                columns);
    }

    /** Opens the requisition again, no longer covered by the cancelled order line. */
    public void reopen(RequisitionReopened reopened, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", RequisitionStatus.OPEN.name());
        update(
                reopened.requisitionId(),
                stamp,
                "status = :status, purchase_order_id = null, purchase_order_line = null",
                columns);
    }

    /** Cancels the requisition whatever it stands at: open, ordered or filled. */
    public void cancel(RequisitionId id, String reason, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("status", RequisitionStatus.CANCELLED.name());
        columns.put("reason", reason);
        update(id, stamp, "status = :status, cancellation_reason = :reason", columns);
    }

    /** Empties the requisitions, so that they can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from requisition_book").update();
    }

    RequisitionPage list(Conditions conditions, PageWindow window) {
        long total = jdbc.sql("select count(*) from requisition_book" + conditions.where())
                .params(conditions.parameters())
                .query(Long.class)
                .single();
        List<RequisitionView> items = jdbc.sql("select * from requisition_book" + conditions.where()
                        + " order by contract_id, contract_line, date_needed, requisition_id"
                        + " limit :limit offset :offset")
                .params(conditions.parameters())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(RequisitionBook::requisitionOf)
                .list();
        return new RequisitionPage(items, window.page(), window.size(), total);
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void update(RequisitionId id, EventStamp stamp, String assignments, Map<String, ?> columns) {
        jdbc.sql("update requisition_book set " + assignments + ", version = :version, changed_at = :changedAt"
                        + " where requisition_id = :id and version < :version")
                .params(columns)
                .param("id", id.value())
                .param("version", stamp.version())
                .param("changedAt", timestamp(stamp.at()))
                .update();
    }

    private static RequisitionView requisitionOf(ResultSet row, int rowNumber) throws SQLException {
        BigDecimal quantity = row.getBigDecimal("quantity");
        BigDecimal filled = row.getBigDecimal("filled");
        RequisitionStatus status = RequisitionStatus.valueOf(row.getString("status"));
        return new RequisitionView(
                new RequisitionId(row.getObject("requisition_id", UUID.class)),
                new ContractId(row.getObject("contract_id", UUID.class)),
                row.getInt("contract_line"),
                new ProductId(row.getObject("product_id", UUID.class)),
                Quantities.plain(quantity),
                Quantities.plain(filled),
                Quantities.plain(stillNeeded(status, quantity, filled)),
                UnitOfMeasure.of(row.getString("base_unit")),
                row.getObject("date_needed", LocalDate.class),
                RequisitionKind.valueOf(row.getString("kind")),
                nullable(row.getObject("for_product", UUID.class), ProductId::new),
                status,
                nullable(row.getObject("purchase_order_id", UUID.class), PurchaseOrderId::new),
                row.getObject("purchase_order_line", Integer.class),
                row.getString("cancellation_reason"),
                row.getLong("version"),
                instant(row, "raised_at"),
                instant(row, "changed_at"));
    }

    // A cancelled requisition needs nothing more, however little of it was filled.
    private static BigDecimal stillNeeded(RequisitionStatus status, BigDecimal quantity, BigDecimal filled) {
        if (status == RequisitionStatus.CANCELLED) {
            return BigDecimal.ZERO;
        }
        return quantity.subtract(filled).max(BigDecimal.ZERO);
    }
}
