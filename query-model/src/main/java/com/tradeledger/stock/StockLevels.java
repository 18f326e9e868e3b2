package com.tradeledger.stock;

import static com.tradeledger.shared.Columns.instant;
import static com.tradeledger.shared.Columns.nullable;
import static com.tradeledger.shared.Columns.timestamp;

import com.tradeledger.products.ProductId;
import com.tradeledger.shared.ContractId;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.PurchaseOrderId;
import com.tradeledger.shared.ShipmentId;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stock levels' tables: every movement of every product's stock, and the sums they make kept beside them (on
 * hand per warehouse, reserved per contract line, the product's totals), from which one product's stock is read
 * beside what is on order of it. The projection writes them, the query handlers read them. A movement is keyed by its
 * event's identifier, so an event delivered again is neither recorded nor added again.
 */
@Component
public class StockLevels {

    private final JdbcClient jdbc;
    private final StockOnOrderBook onOrder;
    private final StockTotals totals;

    public StockLevels(JdbcClient jdbc, StockOnOrderBook onOrder) {
        this.jdbc = jdbc;
        this.onOrder = onOrder;
        this.totals = new StockTotals(jdbc);
    }

    /** Records the change and adds it to the sums, unless its event was recorded before. */
    public void record(StockChange change) {
        int recorded = jdbc.sql("""
                        insert into stock_movement (event_id, product_id, sequence, kind, quantity, counted, base_unit,
                            warehouse, contract_id, contract_line, shipment_id, to_warehouse, purchase_order_id,
                            receipt_id, reason, recorded_by, on_hand_change, reserved_change, occurred_at)
                        values (:eventId, :productId, :sequence, :kind, :quantity, :counted, :baseUnit, :warehouse,
                            :contractId, :contractLine, :shipmentId, :toWarehouse, :purchaseOrderId, :receiptId,
                            :reason, :recordedBy, :onHandChange, :reservedChange, :occurredAt)
                        on conflict do nothing
                        """).params(columnsOf(change)).update();
        if (recorded == 1) {
            totals.add(change);
        }
    }

    /** Empties the stock levels, so that they can be rebuilt from the events. */
    public void clear() {
        jdbc.sql("delete from stock_movement").update();
        totals.clear();
    }

    /**
     * The product's stock, when it has moved or is on order. A product received but never counted takes its base
     * unit from its purchase order lines.
     */
    Optional<StockView> find(ProductId productId) {
        List<StockOnOrder> orders = onOrder.openOrders(productId);
        return jdbc.sql("""
                        select coalesce(max(version), -1) as version, max(changed_at) as changed_at,
                            max(base_unit) as base_unit
                          from stock_product
                         where product_id = :id
                        having count(*) > 0 or :onOrder
                        """)
                .param("id", productId.value())
                .param("onOrder", !orders.isEmpty())
                .query((row, number) -> viewOf(productId, row, orders))
                .optional();
    }

    StockMovementPage movements(ProductId productId, PageWindow window) {
        long total = jdbc.sql("select count(*) from stock_movement where product_id = :id")
                .param("id", productId.value())
                .query(Long.class)
                .single();
        List<StockMovement> items = jdbc.sql("select * from stock_movement where product_id = :id"
                        + " order by sequence limit :limit offset :offset")
                .param("id", productId.value())
                .param("limit", window.size())
                .param("offset", window.offset())
                .query(StockLevels::movementOf)
                .list();
        return new StockMovementPage(items, window.page(), window.size(), total);
    }

    private StockView viewOf(ProductId productId, ResultSet row, List<StockOnOrder> orders) throws SQLException {
        List<WarehouseStock> warehouses = warehousesOf(productId);
        List<StockReservation> reservations = reservationsOf(productId);
        BigDecimal onHand =
                plain(warehouses.stream().map(WarehouseStock::onHand).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal reserved =
                plain(reservations.stream().map(StockReservation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add));
        UnitOfMeasure baseUnit = nullable(row.getString("base_unit"), UnitOfMeasure::of);
        return new StockView(
                productId,
                baseUnit != null ? baseUnit : onOrder.baseUnit(productId).orElse(null),
                warehouses,
                reservations,
                onHand,
                reserved,
                plain(onHand.subtract(reserved)),
                orders.stream().map(StockLevels::plainOrder).toList(),
                plain(orders.stream().map(StockOnOrder::quantity).reduce(BigDecimal.ZERO, BigDecimal::add)),
                row.getLong("version"),
                instant(row, "changed_at"));
    }

    private List<WarehouseStock> warehousesOf(ProductId productId) {
        return jdbc.sql("select warehouse, on_hand from stock_on_hand where product_id = :id order by warehouse")
                .param("id", productId.value())
                .query((row, number) -> new WarehouseStock(
                        WarehouseCode.of(row.getString("warehouse")), plain(row.getBigDecimal("on_hand"))))
                .list();
    }

    private List<StockReservation> reservationsOf(ProductId productId) {
        return jdbc.sql("""
                        select contract_id, contract_line, quantity from stock_reserved
                         where product_id = :id
                         order by contract_id, contract_line
                        """)
                .param("id", productId.value())
                .query((row, number) -> new StockReservation(
                        new ContractId(row.getObject("contract_id", UUID.class)),
                        row.getInt("contract_line"),
                        plain(row.getBigDecimal("quantity"))))
                .list();
    }

    static StockMovement movementOf(ResultSet row, int number) throws SQLException {
        return new StockMovement(
                row.getLong("sequence"),
                StockMovementKind.valueOf(row.getString("kind")),
                plain(row.getBigDecimal("quantity")),
                nullable(row.getBigDecimal("counted"), StockLevels::plain),
                nullable(row.getString("warehouse"), WarehouseCode::of),
                nullable(row.getObject("contract_id", UUID.class), ContractId::new),
                row.getObject("contract_line", Integer.class),
                nullable(row.getObject("shipment_id", UUID.class), ShipmentId::new),
                nullable(row.getString("to_warehouse"), WarehouseCode::of),
                nullable(row.getObject("purchase_order_id", UUID.class), PurchaseOrderId::new),
                nullable(row.getObject("receipt_id", UUID.class), GoodsReceiptId::new),
                row.getString("reason"),
                nullable(row.getString("recorded_by"), Username::new),
                instant(row, "occurred_at"));
    }

    private static Map<String, Object> columnsOf(StockChange change) {
        StockMovement movement = change.movement();
        var columns = new HashMap<String, Object>();
        columns.put("eventId", change.eventId());
        columns.put("productId", change.productId().value());
        columns.put("sequence", movement.sequence());
        columns.put("kind", movement.kind().name());
        columns.put("quantity", movement.quantity());
        columns.put("counted", movement.counted());
        columns.put("baseUnit", nullable(change.baseUnit(), UnitOfMeasure::code));
        columns.put("warehouse", nullable(movement.warehouse(), WarehouseCode::value));
        columns.put("contractId", nullable(movement.contractId(), ContractId::value));
        columns.put("contractLine", movement.contractLine());
        columns.put("shipmentId", nullable(movement.shipmentId(), ShipmentId::value));
        columns.put("toWarehouse", nullable(movement.toWarehouse(), WarehouseCode::value));
        columns.put("purchaseOrderId", nullable(movement.purchaseOrderId(), PurchaseOrderId::value));
        columns.put("receiptId", nullable(movement.receiptId(), GoodsReceiptId::value));
        columns.put("reason", movement.reason());
        columns.put("recordedBy", nullable(movement.recordedBy(), Username::value));
        columns.put("onHandChange", change.onHandChange());
        columns.put("reservedChange", change.reservedChange());
        columns.put("occurredAt", timestamp(movement.at()));
        return columns;
    }

    private static StockOnOrder plainOrder(StockOnOrder order) {
        return new StockOnOrder(
                order.purchaseOrderId(),
                order.lineNumber(),
                order.supplierId(),
                plain(order.quantity()),
                order.promisedDate());
    }

    // Sums carry the largest scale of their terms; a quantity reads the same however it was written: 95, not 95.00.
    static BigDecimal plain(BigDecimal quantity) {
        BigDecimal stripped = quantity.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
