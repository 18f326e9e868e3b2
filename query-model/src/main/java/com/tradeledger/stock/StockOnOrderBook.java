package com.tradeledger.stock;

import com.tradeledger.products.ProductId;
import com.tradeledger.purchasing.PurchaseOrderLine;
import com.tradeledger.shared.EventStamp;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.SupplierId;
import com.tradeledger.shared.UnitOfMeasure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What stock is on order (在途) from suppliers: one row per purchase order line with what was ordered, accepted and
 * cancelled of it in the line's unit, and its base quantity to give what is still open in the product's base unit: what
 * is not accepted of a line not cancelled. A line only takes an event of its order later than the last one it took, so
 * redelivery changes nothing.
 */
@Component
public class StockOnOrderBook {

    private final JdbcClient jdbc;

    public StockOnOrderBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Puts a newly placed order line on order; a line already there is left as it is. */
    public void place(PurchaseOrderId orderId, SupplierId supplierId, PurchaseOrderLine line, EventStamp stamp) {
        var columns = new HashMap<String, Object>();
        columns.put("orderId", orderId.value());
        columns.put("lineNumber", line.lineNumber());
        columns.put("productId", line.productId().value());
        columns.put("supplierId", supplierId.value());
        columns.put("ordered", line.quantity());
        columns.put("baseQuantity", line.baseQuantity());
        columns.put("baseUnit", line.baseUnit().code());
        columns.put("promisedDate", line.promisedDate());
        columns.put("version", stamp.version());
        jdbc.sql("""
                        insert into stock_on_order (purchase_order_id, line_number, product_id, supplier_id, ordered,
                            base_quantity, base_unit, promised_date, version)
                        values (:orderId, :lineNumber, :productId, :supplierId, :ordered, :baseQuantity, :baseUnit,
                            :promisedDate, :version)
                        on conflict (purchase_order_id, line_number) do nothing
                        """).params(columns).update();
    }

    public void promise(PurchaseOrderId orderId, int lineNumber, LocalDate promisedDate, EventStamp stamp) {
        change(orderId, lineNumber, stamp, "promised_date = :date", Map.of("date", promisedDate));
    }

    public void cancel(PurchaseOrderId orderId, int lineNumber, BigDecimal cancelled, EventStamp stamp) {
        change(orderId, lineNumber, stamp, "cancelled = cancelled + :cancelled", Map.of("cancelled", cancelled));
    }

    /** Takes what the line holds as accepted now, after a receipt or a return. */
    public void accept(PurchaseOrderId orderId, int lineNumber, BigDecimal acceptedSoFar, EventStamp stamp) {
        change(orderId, lineNumber, stamp, "accepted = :accepted", Map.of("accepted", acceptedSoFar));
    }

    /** Empties what is on order, so that it can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from stock_on_order").update();
    }

    // Open in the line's unit, converted by the line's own ratio of base quantity to quantity as placed. A cancel
    // takes all that is outstanding of a line, always more than nothing, and ends it: goods of a cancelled line
    // returned later are not owed any more, while those of a line still running are owed again. The condition is
    // written as the index of open lines (stock_on_order_open) is, so that the planner reads only those.
    List<StockOnOrder> openOrders(ProductId productId) {
        return jdbc.sql("""
                        select * from stock_on_order
                         where product_id = :id and cancelled = 0 and ordered > accepted
                         order by promised_date, purchase_order_id, line_number
                        """)
                .param("id", productId.value())
                .query((row, number) -> {
                    BigDecimal ordered = row.getBigDecimal("ordered");
                    BigDecimal open = ordered.subtract(row.getBigDecimal("accepted"));
                    return new StockOnOrder(
                            new PurchaseOrderId(row.getObject("purchase_order_id", UUID.class)),
                            row.getInt("line_number"),
                            new SupplierId(row.getObject("supplier_id", UUID.class)),
                            open.multiply(row.getBigDecimal("base_quantity")).divide(ordered, MathContext.DECIMAL64),
                            row.getObject("promised_date", LocalDate.class));
                })
                .list();
    }

    Optional<UnitOfMeasure> baseUnit(ProductId productId) {
        return jdbc.sql("select base_unit from stock_on_order where product_id = :id limit 1")
                .param("id", productId.value())
                .query((row, number) -> UnitOfMeasure.of(row.getString("base_unit")))
                .optional();
    }

    // The version guard is what makes a redelivered or replayed event a no-op.
    private void change(
            PurchaseOrderId orderId, int lineNumber, EventStamp stamp, String assignments, Map<String, ?> columns) {
        jdbc.sql("update stock_on_order set " + assignments + ", version = :version"
                        + " where purchase_order_id = :orderId and line_number = :lineNumber and version < :version")
                .params(columns)
                .param("orderId", orderId.value())
                .param("lineNumber", lineNumber)
                .param("version", stamp.version())
                .update();
    }
}
