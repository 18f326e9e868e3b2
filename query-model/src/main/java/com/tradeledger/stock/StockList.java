package com.tradeledger.stock;

import static com.tradeledger.shared.Columns.nullable;

import com.tradeledger.products.ProductId;
import com.tradeledger.products.Sku;
import com.tradeledger.shared.PageWindow;
import com.tradeledger.shared.RowStreams;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the stock list (库存) for analysts from the stock levels' sums and what is on order: a page of products, or
 * every product the filter selects and every movement of one product, one flat line at a time, for CSV exports of any
 * size.
 */
@Component
public class StockList {

    private final JdbcClient jdbc;
    private final RowStreams rows;

    public StockList(JdbcClient jdbc, RowStreams rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** The products the filter selects in the order asked for; refuses an unknown sort before anything is read. */
    public StockSelection select(StockListFilter filter, String sort) {
        return StockSelection.of(filter, sort);
    }

    /** Hands every selected product to the sink in order; returns how many there were. */
    public long export(StockSelection selection, Consumer<? super StockListRow> sink) {
        return rows.forEach(selection.all(), selection.parameters(), StockList::rowOf, sink);
    }

    /** Hands every movement of the product to the sink in the order they happened; returns how many there were. */
    public long exportMovements(ProductId productId, Consumer<? super StockMovementRow> sink) {
        return rows.forEach(
                "select * from stock_movement where product_id = :id order by sequence",
                Map.of("id", productId.value()),
                StockList::movementRowOf,
                sink);
    }

    StockListPage page(StockSelection selection, PageWindow window) {
        long total = jdbc.sql(selection.count())
                .params(selection.parameters())
                .query(Long.class)
                .single();
        List<StockListItem> items = jdbc.sql(selection.page(window))
                .params(selection.parameters())
                .query(StockList::itemOf)
                .list();
        return new StockListPage(items, window.page(), window.size(), total);
    }

    private static StockListItem itemOf(ResultSet row, int number) throws SQLException {
        return new StockListItem(
                new ProductId(row.getObject("product_id", UUID.class)),
                nullable(row.getString("sku"), Sku::of),
                row.getString("name"),
                nullable(row.getString("base_unit"), UnitOfMeasure::of),
                StockLevels.plain(row.getBigDecimal("on_hand")),
                StockLevels.plain(row.getBigDecimal("reserved")),
                StockLevels.plain(row.getBigDecimal("available")),
                StockLevels.plain(row.getBigDecimal("on_order")),
                nullable(row.getString("warehouse"), WarehouseCode::of),
                nullable(row.getBigDecimal("on_hand_in_warehouse"), StockLevels::plain));
    }

    private static StockListRow rowOf(ResultSet row, int number) throws SQLException {
        StockListItem item = itemOf(row, number);
        return new StockListRow(
                item.productId().toString(),
                nullable(item.sku(), Sku::value),
                item.name(),
                nullable(item.baseUnit(), UnitOfMeasure::code),
                item.onHand(),
                item.reserved(),
                item.available(),
                item.onOrder(),
                nullable(item.warehouse(), WarehouseCode::value),
                item.onHandInWarehouse());
    }

    private static StockMovementRow movementRowOf(ResultSet row, int number) throws SQLException {
        StockMovement movement = StockLevels.movementOf(row, number);
        return new StockMovementRow(
                row.getString("event_id"),
                row.getObject("product_id", UUID.class).toString(),
                movement.sequence(),
                movement.kind(),
                movement.quantity(),
                movement.counted(),
                nullable(movement.warehouse(), WarehouseCode::value),
                nullable(movement.toWarehouse(), WarehouseCode::value),
                nullable(movement.contractId(), Object::toString),
                movement.contractLine(),
                nullable(movement.shipmentId(), Object::toString),
                nullable(movement.purchaseOrderId(), Object::toString),
                nullable(movement.receiptId(), Object::toString),
                movement.reason(),
                nullable(movement.recordedBy(), Username::value),
                movement.at());
    }
}
