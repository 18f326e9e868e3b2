package com.tradeledger.stock;

import static com.tradeledger.purchasing.PurchasingEvents.LAMP_ORDER;
import static com.tradeledger.purchasing.PurchasingEvents.NINGBO_LIGHTING;
import static com.tradeledger.purchasing.PurchasingEvents.PLACED_AT;
import static com.tradeledger.purchasing.PurchasingEvents.lampOrderPlaced;
import static com.tradeledger.purchasing.PurchasingEvents.received;
import static com.tradeledger.stock.StockEvents.COUNTED_AT;
import static com.tradeledger.stock.StockEvents.DESK_LAMP;
import static com.tradeledger.stock.StockEvents.DORA;
import static com.tradeledger.stock.StockEvents.HAMBURG;
import static com.tradeledger.stock.StockEvents.LAMP_SHADE;
import static com.tradeledger.stock.StockEvents.NINGBO;
import static com.tradeledger.stock.StockEvents.PCS;
import static com.tradeledger.stock.StockEvents.SHANGHAI;
import static com.tradeledger.stock.StockEvents.counted;
import static com.tradeledger.stock.StockEvents.hoursLater;
import static com.tradeledger.stock.StockEvents.qty;
import static com.tradeledger.stock.StockEvents.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tradeledger.products.ProductId;
import com.tradeledger.purchasing.PromisedDate;
import com.tradeledger.purchasing.PromisedDateChanged;
import com.tradeledger.purchasing.PurchaseOrderConfirmed;
import com.tradeledger.purchasing.PurchaseOrderLineCancelled;
import com.tradeledger.purchasing.PurchaseOrderLineReturned;
import com.tradeledger.shared.GoodsReceiptId;
import com.tradeledger.shared.ReadModelDatabase;
import com.tradeledger.shared.UnitOfMeasure;
import com.tradeledger.shared.Username;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StockReceiptsAndOrdersTest {

    private static final GoodsReceiptId RECEIPT = GoodsReceiptId.of("8c2d3e4f-0000-4000-8000-000000000001");
    private static final LocalDate LAMPS_PROMISED = LocalDate.of(2025, 5, 15);
    private static final LocalDate END_OF_MAY = LocalDate.of(2025, 5, 31);
    private static final Username WANG = Username.of("wang");

    @RegisterExtension
    static final ReadModelDatabase database = new ReadModelDatabase();

    private StockLevelsProjection levels;
    private StockOnOrderProjection onOrder;
    private StockLevelsQueries queries;

    @BeforeEach
    void noStock() {
        database.clear("stock_movement, stock_product, stock_on_hand, stock_reserved");
        database.clear("stock_on_order");
        var book = new StockOnOrderBook(database.jdbc());
        levels = new StockLevelsProjection(new StockLevels(database.jdbc(), book));
        onOrder = new StockOnOrderProjection(book);
        queries = new StockLevelsQueries(new StockLevels(database.jdbc(), book));
    }

    @Test
    void received_goods_go_on_hand_in_their_warehouse_and_returns_take_them_out() {
        levels.on(counted(NINGBO, "10", "10"), "event-0", 0, COUNTED_AT);

        levels.on(
                new StockReceived(DESK_LAMP, NINGBO, qty("30"), UnitOfMeasure.of("PCS"), LAMP_ORDER, RECEIPT),
                "event-1",
                1,
                hoursLater(1));
        levels.on(new StockReturned(DESK_LAMP, NINGBO, qty("5"), LAMP_ORDER, RECEIPT), "event-2", 2, hoursLater(2));

        StockView stock = find(DESK_LAMP);
        assertThat(stock.warehouses()).containsExactly(new WarehouseStock(NINGBO, qty("35")));
        assertThat(stock.available()).isEqualTo(qty("35"));
        assertThat(movements())
                .extracting(StockMovement::kind, StockMovement::quantity, StockMovement::purchaseOrderId)
                .containsExactly(
                        tuple(StockMovementKind.COUNTED, qty("10"), null),
                        tuple(StockMovementKind.RECEIVED, qty("30"), LAMP_ORDER),
                        tuple(StockMovementKind.RETURNED, qty("5"), LAMP_ORDER));
        assertThat(movements().get(2).receiptId()).isEqualTo(RECEIPT);
        assertThat(movements()).extracting(StockMovement::recordedBy).containsExactly(DORA, null, null);
    }

    @Test
    void a_transfer_moves_stock_from_one_warehouse_to_the_other_and_leaves_reservations_alone() {
        levels.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
        levels.on(reserved(HAMBURG, 1, "30"), "event-1", 1, hoursLater(1));

        levels.on(transferred("40"), "event-2", 2, hoursLater(2));

        StockView stock = find(DESK_LAMP);
        assertThat(stock.warehouses())
                .containsExactly(new WarehouseStock(NINGBO, qty("60")), new WarehouseStock(SHANGHAI, qty("40")));
        assertThat(stock.onHand()).isEqualTo(qty("100"));
        assertThat(stock.reserved()).isEqualTo(qty("30"));
        StockMovement transfer = movements().get(2);
        assertThat(transfer.kind()).isEqualTo(StockMovementKind.TRANSFERRED);
        assertThat(transfer.warehouse()).isEqualTo(NINGBO);
        assertThat(transfer.toWarehouse()).isEqualTo(SHANGHAI);
        assertThat(transfer.recordedBy()).isEqualTo(WANG);
    }

    @Test
    void a_placed_order_line_is_on_order_in_the_base_unit_with_its_supplier_and_promised_date() {
        onOrder.on(lampOrderPlaced(), 0, PLACED_AT);

        StockView stock = find(DESK_LAMP);
        assertThat(stock.orders())
                .containsExactly(new StockOnOrder(LAMP_ORDER, 1, NINGBO_LIGHTING, qty("100"), LAMPS_PROMISED));
        assertThat(stock.onOrder()).isEqualTo(qty("100"));
        assertThat(stock.baseUnit()).isEqualTo(PCS);
        assertThat(stock.onHand()).isEqualTo(qty("0"));
        assertThat(stock.version()).isEqualTo(-1);
    }

    @Test
    void what_is_accepted_or_cancelled_is_no_longer_on_order_and_a_return_puts_it_back() {
        onOrder.on(lampOrderPlaced(), 0, PLACED_AT);
        levels.on(counted(NINGBO, "0", "0"), "event-0", 0, COUNTED_AT);

        onOrder.on(received(1, "4", "1", "3"), 1, hoursLater(1));
        assertThat(find(DESK_LAMP).onOrder()).isEqualTo(qty("70"));

        onOrder.on(new PurchaseOrderLineReturned(LAMP_ORDER, 1, RECEIPT, qty("1"), qty("2")), 2, hoursLater(2));
        assertThat(find(DESK_LAMP).onOrder()).isEqualTo(qty("80"));

        onOrder.on(new PurchaseOrderLineCancelled(LAMP_ORDER, 1, qty("8"), "enough"), 3, hoursLater(3));
        assertThat(find(DESK_LAMP).orders()).isEmpty();
        assertThat(find(DESK_LAMP).onOrder()).isEqualTo(qty("0"));
        assertThat(find(LAMP_SHADE).onOrder()).isEqualTo(qty("50"));
    }

    @Test
    void a_cancelled_line_is_not_on_order_even_after_its_accepted_goods_go_back() {
        onOrder.on(lampOrderPlaced(), 0, PLACED_AT);
        levels.on(counted(NINGBO, "0", "0"), "event-0", 0, COUNTED_AT);
        onOrder.on(received(1, "4", "0", "4"), 1, hoursLater(1));
        onOrder.on(new PurchaseOrderLineCancelled(LAMP_ORDER, 1, qty("6"), "enough"), 2, hoursLater(2));

        onOrder.on(new PurchaseOrderLineReturned(LAMP_ORDER, 1, RECEIPT, qty("3"), qty("1")), 3, hoursLater(3));

        assertThat(find(DESK_LAMP).orders()).isEmpty();
        assertThat(find(DESK_LAMP).onOrder()).isEqualTo(qty("0"));
    }

    @Test
    void goods_of_a_line_not_cancelled_that_go_back_are_on_order_again() {
        onOrder.on(lampOrderPlaced(), 0, PLACED_AT);
        levels.on(counted(NINGBO, "0", "0"), "event-0", 0, COUNTED_AT);
        onOrder.on(received(1, "10", "0", "10"), 1, hoursLater(1));
        assertThat(find(DESK_LAMP).orders()).isEmpty();

        onOrder.on(new PurchaseOrderLineReturned(LAMP_ORDER, 1, RECEIPT, qty("3"), qty("7")), 2, hoursLater(2));

        assertThat(find(DESK_LAMP).orders())
                .containsExactly(new StockOnOrder(LAMP_ORDER, 1, NINGBO_LIGHTING, qty("30"), LAMPS_PROMISED));
    }

    @Test
    void a_confirmation_or_change_moves_the_promised_date_on_order() {
        onOrder.on(lampOrderPlaced(), 0, PLACED_AT);

        onOrder.on(
                new PurchaseOrderConfirmed(LAMP_ORDER, List.of(new PromisedDate(1, LAMPS_PROMISED.plusDays(1)))),
                1,
                hoursLater(1));
        assertThat(find(DESK_LAMP).orders().get(0).promisedDate()).isEqualTo(LAMPS_PROMISED.plusDays(1));

        onOrder.on(new PromisedDateChanged(LAMP_ORDER, 1, LAMPS_PROMISED, END_OF_MAY, "kiln repair"), 2, hoursLater(2));
        assertThat(find(DESK_LAMP).orders().get(0).promisedDate()).isEqualTo(END_OF_MAY);
    }

    // The redelivered events differ from the ones applied, so that applying them again would show in the rows.
    @Test
    void order_events_a_line_already_holds_change_nothing() {
        onOrder.on(lampOrderPlaced(), 0, PLACED_AT);
        onOrder.on(received(1, "2", "0", "2"), 1, hoursLater(1));
        StockView once = find(DESK_LAMP);

        onOrder.on(received(1, "4", "0", "4"), 1, hoursLater(1));
        onOrder.on(new PurchaseOrderLineCancelled(LAMP_ORDER, 1, qty("8"), "fewer"), 0, hoursLater(2));
        onOrder.on(new PromisedDateChanged(LAMP_ORDER, 1, LAMPS_PROMISED, END_OF_MAY, "late"), 1, hoursLater(2));

        assertThat(find(DESK_LAMP)).isEqualTo(once);
        assertThat(once.onOrder()).isEqualTo(qty("80"));
    }

    @Test
    void replaying_the_order_events_after_a_reset_gives_the_same_rows() {
        Runnable history = () -> {
            onOrder.on(lampOrderPlaced(), 0, PLACED_AT);
            onOrder.on(received(1, "4", "1", "3"), 1, hoursLater(1));
            onOrder.on(new PurchaseOrderLineCancelled(LAMP_ORDER, 1, qty("7"), "fewer"), 2, hoursLater(2));
            onOrder.on(new PurchaseOrderLineReturned(LAMP_ORDER, 1, RECEIPT, qty("1"), qty("2")), 3, hoursLater(3));
        };
        history.run();
        var live = rows();

        onOrder.reset();
        assertThat(queries.handle(new FindStock(DESK_LAMP))).isEmpty();
        history.run();

        assertThat(rows()).isEqualTo(live).hasSize(2);
    }

    // The redelivered events name someone else, so that recording them again would show in the rows.
    @Test
    void who_counted_and_who_transferred_are_recorded_once_and_again_alike_after_a_reset() {
        Runnable history = () -> {
            levels.on(counted(NINGBO, "100", "100"), "event-0", 0, COUNTED_AT);
            levels.on(transferred("40"), "event-1", 1, hoursLater(1));
        };
        history.run();
        var live = movementRows();
        assertThat(movements()).extracting(StockMovement::recordedBy).containsExactly(DORA, WANG);

        levels.on(
                new StockTransferred(DESK_LAMP, NINGBO, SHANGHAI, qty("40"), DORA, LocalDate.of(2025, 7, 1)),
                "event-1",
                1,
                hoursLater(1));
        assertThat(movementRows()).isEqualTo(live);

        levels.reset();
        history.run();
        assertThat(movementRows()).isEqualTo(live);
    }

    private static StockTransferred transferred(String quantity) {
        return new StockTransferred(DESK_LAMP, NINGBO, SHANGHAI, qty(quantity), WANG, LocalDate.of(2025, 7, 1));
    }

    private StockView find(ProductId product) {
        return queries.handle(new FindStock(product)).orElseThrow();
    }

    private List<StockMovement> movements() {
        return queries.handle(new ListStockMovements(DESK_LAMP, 0, 20)).items();
    }

    private List<String> movementRows() {
        return database.jdbc()
                .sql("select cast(to_jsonb(movement) as text) from stock_movement movement order by sequence")
                .query(String.class)
                .list();
    }

    private List<String> rows() {
        return database.jdbc()
                .sql("select cast(to_jsonb(line) as text) from stock_on_order line order by 1")
                .query(String.class)
                .list();
    }
}
